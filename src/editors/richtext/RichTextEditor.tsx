import { stringifyJson } from '../../mind';
import { useQueryClient } from '@tanstack/react-query';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { Selection } from '@tiptap/pm/state';
import { AlertCircle } from 'lucide-react';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { directoryOptions } from '../../api/directory';
import type { RichTextDoc } from '../../mind';
import { findKeptParts, fromTiptapDoc, toTiptapDoc } from '../../mind/tiptapDoc';
import { buildExtensions } from './extensions/buildExtensions';
import { ownUndoStep } from './extensions/ownUndoStep';
import type { ImageDraft } from './ImageDialog';
import { KeptNotice } from './KeptNotice';
import type { LinkDraft } from './LinkDialog';
import { createMentionController } from './mentionController';
import { MentionList } from './MentionList';
import { RichTextToolbar } from './RichTextToolbar';
import { useResolveEmojiSrc } from './useResolveEmojiSrc';
import { lazyComponent } from '../../ui/lazyComponent';
import './richtext.css';

// The link and image dialogs (and the dialog frame) download when one is first opened.
const LinkDialog = lazyComponent(() => import('./LinkDialog').then((module) => module.LinkDialog));
const ImageDialog = lazyComponent(() =>
  import('./ImageDialog').then((module) => module.ImageDialog),
);

export interface RichTextEditorProps {
  value: RichTextDoc;
  onChange: (doc: RichTextDoc) => void;
  /** Accessible name of the editing area. */
  label: string;
  placeholder?: string;
  /** Less chrome, for narrow places such as the card designer's inspector. */
  compact?: boolean;
  autoFocus?: boolean;
  /**
   * Offer "everyone" (`mention` id `all`) in the `@` list: only where the message goes to a
   * group, which then asks for the typed confirmation.
   */
  allowEveryone?: boolean;
  /**
   * Receives a handle on the editor once it exists (and `null` when it goes), for controls
   * outside the editor such as compose's Fields menu.
   */
  onHandle?: (handle: RichTextHandle | null) => void;
}

/** What a control outside the editor may do with it. */
export interface RichTextHandle {
  /** Inserts plain text at the cursor (replacing the selection) as its own undo step. */
  insertText: (text: string) => void;
}

const sameJson = (a: unknown, b: unknown) => a === b || stringifyJson(a) === stringifyJson(b);

/**
 * Mind's rich_text, edited with TipTap. `onChange` receives the spec's array, and only after
 * an edit: loading content never changes it. Parts the editor cannot edit stay locked.
 */
export function RichTextEditor({
  value,
  onChange,
  label,
  placeholder,
  compact = false,
  autoFocus = false,
  allowEveryone = false,
  onHandle,
}: RichTextEditorProps) {
  const { t, i18n } = useTranslation('richtext');
  const queryClient = useQueryClient();
  const resolveEmojiSrc = useResolveEmojiSrc();
  const listId = useId();
  const [controller] = useState(() =>
    createMentionController((query) =>
      queryClient.fetchQuery(directoryOptions(query)).then((directory) => directory.people),
    ),
  );
  useEffect(() => controller.setAllowEveryone(allowEveryone), [controller, allowEveryone]);
  const popup = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const [linkDraft, setLinkDraft] = useState<LinkDraft | null>(null);
  const [imageDraft, setImageDraft] = useState<ImageDraft | null>(null);
  const [contentError, setContentError] = useState(false);
  const lastValue = useRef(value);
  const onChangeRef = useRef(onChange);
  const onHandleRef = useRef(onHandle);
  useEffect(() => {
    onChangeRef.current = onChange;
    onHandleRef.current = onHandle;
  });

  const editor = useEditor(
    {
      extensions: buildExtensions({
        placeholder: placeholder ?? t('placeholder'),
        describeKept: (type) => t('kept.badge', { type }),
        imageMissingLabel: t('image.missing'),
        resolveEmojiSrc,
        mentionSuggestion: controller.suggestion,
        onLinkShortcut: (current) => setLinkDraft(linkDraftFor(current)),
      }),
      content: toTiptapDoc(value),
      enableContentCheck: true,
      onContentError: ({ editor: broken }) => {
        broken.setEditable(false, false);
        setContentError(true);
      },
      autofocus: autoFocus ? 'end' : false,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          'aria-label': label,
          'aria-multiline': 'true',
          role: 'textbox',
          class: 'rt-content',
        },
      },
      onUpdate: ({ editor: current, transaction }) => {
        // Padding the editor adds by itself (a trailing paragraph, heading ids) is not an edit.
        if (!transaction.docChanged || !current.isEditable) return;
        const doc = fromTiptapDoc(current.getJSON());
        if (sameJson(doc, lastValue.current)) return;
        lastValue.current = doc;
        onChangeRef.current(doc);
      },
    },
    [i18n.resolvedLanguage, resolveEmojiSrc],
  );

  useEffect(() => {
    if (editor.isDestroyed || sameJson(value, lastValue.current)) return;
    lastValue.current = value;
    editor
      .chain()
      .setContent(toTiptapDoc(value), { emitUpdate: false })
      .command(({ tr }) => {
        tr.setSelection(Selection.atStart(tr.doc));
        return true;
      })
      .run();
  }, [editor, value]);

  useEffect(() => {
    const report = onHandleRef.current;
    if (!report) return;
    report({
      insertText: (text) => {
        if (editor.isDestroyed || !editor.isEditable || text === '') return;
        editor.chain().command(ownUndoStep).insertContent({ type: 'text', text }).run();
        // After the menu that asked has closed and given focus back to its button.
        setTimeout(() => {
          if (!editor.isDestroyed) editor.commands.focus();
        }, 0);
      },
    });
    return () => report(null);
  }, [editor]);

  useEffect(() => {
    editor.setOptions({
      editorProps: {
        attributes: {
          'aria-label': label,
          'aria-multiline': 'true',
          role: 'textbox',
          class: 'rt-content',
        },
      },
    });
  }, [editor, label]);

  useEffect(() => {
    const dom = editor.isDestroyed ? null : editor.view.dom;
    if (!dom) return;
    // A textbox may not carry aria-expanded (ARIA 1.2): the list is announced through
    // aria-controls and aria-activedescendant.
    dom.setAttribute('aria-autocomplete', 'list');
    if (popup) dom.setAttribute('aria-controls', listId);
    else dom.removeAttribute('aria-controls');
    if (popup && popup.items.length > 0)
      dom.setAttribute('aria-activedescendant', `${listId}-${popup.active}`);
    else dom.removeAttribute('aria-activedescendant');
  }, [editor, popup, listId]);

  const kept = useMemo(() => findKeptParts(toTiptapDoc(value)), [value]);
  // Stable, so the memoised toolbar does not re-render on every keystroke.
  const openLink = useCallback(() => setLinkDraft(linkDraftFor(editor)), [editor]);
  const openImage = useCallback(() => setImageDraft(imageDraftFor(editor)), [editor]);

  const refocus = () => setTimeout(() => editor.commands.focus(), 0);

  if (contentError) {
    return (
      <div className="rt-error" role="alert">
        <AlertCircle size={16} aria-hidden="true" />
        <p>{t('contentError')}</p>
      </div>
    );
  }

  return (
    <div className={compact ? 'rt-editor rt-editor--compact' : 'rt-editor'}>
      <RichTextToolbar
        editor={editor}
        onLink={openLink}
        onImage={openImage}
        resolveEmojiSrc={resolveEmojiSrc}
        compact={compact}
      />
      <KeptNotice parts={kept} />
      <EditorContent editor={editor} className="rt-surface" />
      {compact ? null : <p className="rt-hint">{t('hint')}</p>}
      {popup ? <MentionList popup={popup} listId={listId} onChoose={controller.choose} /> : null}
      {linkDraft ? (
        <LinkDialog
          draft={linkDraft}
          onClose={() => {
            setLinkDraft(null);
            refocus();
          }}
          onRemove={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            setLinkDraft(null);
            refocus();
          }}
          onApply={({ href, text }) => {
            const { from, to } = editor.state.selection;
            const current = editor.state.doc.textBetween(from, to, ' ');
            if (from === to || text !== current) {
              editor
                .chain()
                .focus()
                .command(ownUndoStep)
                .insertContentAt(
                  { from, to },
                  { type: 'text', text, marks: [{ type: 'link', attrs: { href } }] },
                )
                .run();
            } else {
              editor.chain().focus().command(ownUndoStep).setLink({ href }).run();
            }
            setLinkDraft(null);
            refocus();
          }}
        />
      ) : null}
      {imageDraft ? (
        <ImageDialog
          draft={imageDraft}
          onClose={() => {
            setImageDraft(null);
            refocus();
          }}
          onApply={(attrs) => {
            const step = editor.chain().focus().command(ownUndoStep);
            if (imageDraft.editing) step.updateAttributes('image', attrs).run();
            else step.insertContent({ type: 'image', attrs }).run();
            setImageDraft(null);
            refocus();
          }}
        />
      ) : null}
    </div>
  );
}

/** The link under the caret (its whole extent selected), or a new one for the selection. */
function linkDraftFor(editor: Editor): LinkDraft {
  const editing = editor.isActive('link');
  if (editing) editor.chain().extendMarkRange('link').run();
  const { from, to } = editor.state.selection;
  const href: unknown = editor.getAttributes('link').href;
  return {
    href: editing && typeof href === 'string' ? href : '',
    text: editor.state.doc.textBetween(from, to, ' '),
    editing,
  };
}

/** The selected image, or an empty one to insert. */
function imageDraftFor(editor: Editor): ImageDraft {
  const editing = editor.isActive('image');
  const attrs = editing ? editor.getAttributes('image') : {};
  return {
    src: typeof attrs.src === 'string' ? attrs.src : '',
    alt: typeof attrs.alt === 'string' ? attrs.alt : '',
    title: typeof attrs.title === 'string' ? attrs.title : '',
    editing,
  };
}

import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import {
  AtSign,
  Bold,
  Heading1,
  Heading2,
  Heading3,
  ImagePlus,
  IndentDecrease,
  IndentIncrease,
  Link2,
  List,
  ListOrdered,
  Pilcrow,
  Redo2,
  Undo2,
} from 'lucide-react';
import { Toolbar } from 'radix-ui';
import { memo, type ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import type { Emoji } from '../../api/schemas';
import { IconButton } from '../../ui/IconButton';
import { EmojiPicker } from './EmojiPicker';
import { ownUndoStep } from './extensions/ownUndoStep';
import { formatShortcut } from './formatShortcut';

export interface RichTextToolbarProps {
  editor: Editor;
  onLink: () => void;
  onImage: () => void;
  resolveEmojiSrc: (src: string) => string | null;
  /** Inside the designer's inspector, whose own undo and redo cover the whole card. */
  compact?: boolean;
}

/**
 * One tab stop; arrow keys move between the buttons (the WAI-ARIA toolbar pattern).
 * Memoised: it re-renders when the editor's state under the caret changes, not on every
 * keystroke of the editor around it.
 */
export const RichTextToolbar = memo(function RichTextToolbar({
  editor,
  onLink,
  onImage,
  resolveEmojiSrc,
  compact = false,
}: RichTextToolbarProps) {
  const { t } = useTranslation('richtext');
  const state = useEditorState({
    editor,
    // Runs on every transaction: the dry runs (`can()`) only where their answer is shown.
    selector: ({ editor: current }) => {
      const inList = current.isActive('listItem');
      return {
        paragraph: current.isActive('paragraph') && !inList,
        h1: current.isActive('heading', { level: 1 }),
        h2: current.isActive('heading', { level: 2 }),
        h3: current.isActive('heading', { level: 3 }),
        bold: current.isActive('bold'),
        link: current.isActive('link'),
        bulletList: current.isActive('bulletList'),
        orderedList: current.isActive('orderedList'),
        image: current.isActive('image'),
        canUndo: !compact && current.can().undo(),
        canRedo: !compact && current.can().redo(),
        canIndent: inList && current.can().sinkListItem('listItem'),
        canOutdent: inList && current.can().liftListItem('listItem'),
      };
    },
  });
  const chain = () => editor.chain().focus();

  const button = (
    key: string,
    icon: ReactNode,
    run: () => void,
    options: { shortcut?: string; pressed?: boolean; disabled?: boolean } = {},
  ) => (
    <Toolbar.Button asChild key={key} disabled={options.disabled}>
      <IconButton
        label={t(`toolbar.${key}`)}
        icon={icon}
        shortcut={options.shortcut ? formatShortcut(options.shortcut) : undefined}
        aria-pressed={options.pressed}
        aria-keyshortcuts={options.shortcut?.replace('Mod', 'Control')}
        disabled={options.disabled}
        className={options.pressed ? 'rt-toolbar__button is-active' : 'rt-toolbar__button'}
        onClick={run}
      />
    </Toolbar.Button>
  );

  const insertMentionTrigger = () => {
    const { $from } = editor.state.selection;
    const before = $from.parent.textBetween(
      Math.max(0, $from.parentOffset - 1),
      $from.parentOffset,
    );
    chain()
      .insertContent(before === '' || /\s/.test(before) ? '@' : ' @')
      .run();
  };

  const insertEmoji = (emoji: Emoji) =>
    chain()
      .command(ownUndoStep)
      .insertContent({ type: 'emoji', attrs: { alt: emoji.alt, src: emoji.src } })
      .run();

  return (
    <Toolbar.Root className="rt-toolbar" aria-label={t('toolbar.label')}>
      {compact ? null : (
        <>
          {button('undo', <Undo2 size={16} />, () => chain().undo().run(), {
            shortcut: 'Mod-Z',
            disabled: !state.canUndo,
          })}
          {button('redo', <Redo2 size={16} />, () => chain().redo().run(), {
            shortcut: 'Mod-Shift-Z',
            disabled: !state.canRedo,
          })}
          <Toolbar.Separator className="rt-toolbar__separator" />
        </>
      )}
      {button('paragraph', <Pilcrow size={16} />, () => chain().setParagraph().run(), {
        shortcut: 'Mod-Alt-0',
        pressed: state.paragraph,
      })}
      {([1, 2, 3] as const).map((level) =>
        button(
          `h${level}`,
          [
            <Heading1 key={1} size={16} />,
            <Heading2 key={2} size={16} />,
            <Heading3 key={3} size={16} />,
          ][level - 1],
          () => chain().toggleHeading({ level }).run(),
          { shortcut: `Mod-Alt-${level}`, pressed: state[`h${level}`] },
        ),
      )}
      <Toolbar.Separator className="rt-toolbar__separator" />
      {button('bold', <Bold size={16} />, () => chain().toggleBold().run(), {
        shortcut: 'Mod-B',
        pressed: state.bold,
      })}
      {button('link', <Link2 size={16} />, onLink, { shortcut: 'Mod-K', pressed: state.link })}
      <Toolbar.Separator className="rt-toolbar__separator" />
      {button('bulletList', <List size={16} />, () => chain().toggleBulletList().run(), {
        shortcut: 'Mod-Shift-8',
        pressed: state.bulletList,
      })}
      {button('orderedList', <ListOrdered size={16} />, () => chain().toggleOrderedList().run(), {
        shortcut: 'Mod-Shift-7',
        pressed: state.orderedList,
      })}
      {button(
        'outdent',
        <IndentDecrease size={16} />,
        () => chain().liftListItem('listItem').run(),
        {
          shortcut: 'Shift-Tab',
          disabled: !state.canOutdent,
        },
      )}
      {button(
        'indent',
        <IndentIncrease size={16} />,
        () => chain().sinkListItem('listItem').run(),
        {
          shortcut: 'Tab',
          disabled: !state.canIndent,
        },
      )}
      <Toolbar.Separator className="rt-toolbar__separator" />
      {button('mention', <AtSign size={16} />, insertMentionTrigger)}
      <EmojiPicker
        onPick={insertEmoji}
        onPicked={() => editor.commands.focus()}
        resolve={resolveEmojiSrc}
      />
      {button('image', <ImagePlus size={16} />, onImage, { pressed: state.image })}
    </Toolbar.Root>
  );
});

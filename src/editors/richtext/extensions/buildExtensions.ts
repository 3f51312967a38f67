import type { AnyExtension, Editor } from '@tiptap/core';
import { Extension } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import type { SuggestionOptions } from '@tiptap/suggestion';
import { EmojiNode } from './emojiNode';
import { FieldTokens } from './fieldTokens';
import { HeadingIds } from './headingIds';
import { KeptBlock, KeptInline, KeptMark } from './keptParts';
import { KeepEmptyParagraph, MindImage, MindLink, MindMention, MindOrderedList } from './mindNodes';
import { SafeAddresses } from './safeAddresses';

export interface EditorExtensionOptions {
  placeholder?: string;
  /** The visible name of a kept part, given its type. */
  describeKept?: (type: string) => string;
  resolveEmojiSrc?: (src: string) => string | null;
  /** Shown in place of an image that cannot be loaded. */
  imageMissingLabel?: string;
  /** The `@` suggestion: where people come from and how the list is drawn. */
  mentionSuggestion?: Omit<SuggestionOptions, 'editor'>;
  /** Ctrl/Cmd+K. */
  onLinkShortcut?: (editor: Editor) => void;
}

/**
 * The editor's extensions: StarterKit cut down to what Mind's rich_text holds (no italic,
 * strike, code, underline, blockquote, code block, rule or hard break: Mind's spec does not
 * list them), with Mind-shaped link, ordered list, image and mention, the emoji node, and the
 * kept parts that carry anything else unchanged.
 */
export function buildExtensions(options: EditorExtensionOptions = {}): AnyExtension[] {
  const describe = options.describeKept ?? ((type: string) => `Kept as it is: ${type}`);
  const extensions: AnyExtension[] = [
    StarterKit.configure({
      blockquote: false,
      code: false,
      codeBlock: false,
      hardBreak: false,
      horizontalRule: false,
      italic: false,
      strike: false,
      underline: false,
      link: false,
      orderedList: false,
      heading: { levels: [1, 2, 3, 4, 5, 6] },
    }),
    MindLink,
    MindOrderedList,
    options.imageMissingLabel
      ? MindImage.configure({ missingLabel: options.imageMissingLabel })
      : MindImage,
    options.mentionSuggestion
      ? MindMention.configure({ suggestion: options.mentionSuggestion })
      : MindMention,
    EmojiNode.configure(options.resolveEmojiSrc ? { resolveSrc: options.resolveEmojiSrc } : {}),
    HeadingIds,
    SafeAddresses,
    KeepEmptyParagraph,
    KeptBlock.configure({ describe }),
    KeptInline.configure({ describe }),
    KeptMark.configure({ describe }),
    FieldTokens,
  ];
  if (options.placeholder) {
    extensions.push(Placeholder.configure({ placeholder: options.placeholder }));
  }
  const onLinkShortcut = options.onLinkShortcut;
  extensions.push(
    Extension.create({
      name: 'mindKeys',
      addKeyboardShortcuts() {
        return {
          // Mind has no hard break: Shift+Enter starts a new paragraph (or list item) too.
          'Shift-Enter': () => this.editor.commands.enter(),
          ...(onLinkShortcut
            ? {
                'Mod-k': () => {
                  onLinkShortcut(this.editor);
                  return true;
                },
              }
            : {}),
        };
      },
    }),
  );
  return extensions;
}

import { Node } from '@tiptap/core';
import { isRefusedSrc } from './safeAddresses';

export interface EmojiOptions {
  /** The URL the browser loads for an emoji `src` (a path on Mind's client); null = none. */
  resolveSrc: (src: string) => string | null;
}

/** Mind's custom emoji: an inline atom with exactly `alt` and `src`. */
export const EmojiNode = Node.create<EmojiOptions>({
  name: 'emoji',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addOptions: () => ({ resolveSrc: (src: string) => src }),
  addAttributes: () => ({
    alt: {
      default: '',
      parseHTML: (element: HTMLElement) => element.getAttribute('data-alt') ?? '',
      rendered: false,
    },
    src: {
      default: '',
      parseHTML: (element: HTMLElement) => element.getAttribute('data-src') ?? '',
      rendered: false,
    },
  }),
  // Above the image node's `img[src]`, so a copied emoji pastes back as an emoji.
  parseHTML: () => [
    {
      tag: 'img[data-mind-emoji]',
      priority: 60,
      getAttrs: (element: HTMLElement) =>
        isRefusedSrc(element.getAttribute('data-src')) ? false : null,
    },
  ],
  renderHTML({ node }) {
    const alt = String(node.attrs.alt);
    const src = isRefusedSrc(node.attrs.src)
      ? null
      : this.options.resolveSrc(String(node.attrs.src));
    return [
      'img',
      {
        'data-mind-emoji': '',
        'data-alt': alt,
        'data-src': String(node.attrs.src),
        src: src ?? '',
        alt,
        title: alt,
        class: 'rt-emoji__image',
      },
    ];
  },
  renderText: ({ node }) => `[${String(node.attrs.alt)}]`,
  addNodeView() {
    return ({ node }) => {
      const alt = String(node.attrs.alt);
      const dom = document.createElement('span');
      dom.className = 'rt-emoji';
      dom.contentEditable = 'false';
      const showAlt = () => {
        dom.classList.add('rt-emoji--text');
        dom.textContent = `[${alt}]`;
      };
      const src = isRefusedSrc(node.attrs.src)
        ? null
        : this.options.resolveSrc(String(node.attrs.src));
      if (!src) {
        showAlt();
        return { dom };
      }
      const image = document.createElement('img');
      image.src = src;
      image.alt = alt;
      image.title = alt;
      image.draggable = false;
      image.addEventListener('error', showAlt, { once: true });
      dom.append(image);
      return { dom };
    };
  },
});

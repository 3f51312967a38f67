import { Extension } from '@tiptap/core';
import Image, { type ImageOptions } from '@tiptap/extension-image';
import Link from '@tiptap/extension-link';
import { OrderedList } from '@tiptap/extension-list';
import Mention from '@tiptap/extension-mention';
import { isSafeLinkHref } from '../../../mind';
import { KEEP_EMPTY_ATTR } from '../../../mind/tiptapDoc';
import { isRefusedSrc } from './safeAddresses';

/*
 * TipTap's nodes and marks reshaped to hold exactly Mind's attributes, so the editor's JSON
 * is already the spec's shape and `fromTiptapDoc` has nothing to guess.
 */

/** A link is `href`, `target: "_blank"` and `class: "me-link"`, nothing else. */
export const MindLink = Link.extend({
  // Typing right after a link does not extend it (TipTap makes autolinks inclusive).
  inclusive: () => false,
  addAttributes() {
    return {
      href: { default: null, parseHTML: (element: HTMLElement) => element.getAttribute('href') },
      target: { default: '_blank', parseHTML: () => '_blank' },
      class: { default: 'me-link', parseHTML: () => 'me-link' },
    };
  },
}).configure({
  openOnClick: false,
  enableClickSelection: true,
  autolink: true,
  linkOnPaste: true,
  defaultProtocol: 'https',
  HTMLAttributes: { rel: 'noopener noreferrer nofollow' },
  isAllowedUri: (url, context) => context.defaultValidate(url) && isSafeLinkHref(url),
});

/**
 * `start` is null only for a list loaded without `attrs` (so it goes back without them);
 * a list made in the editor starts at 1, as Mind's editor writes it.
 */
export const MindOrderedList = OrderedList.extend({
  addAttributes() {
    return {
      start: {
        default: 1,
        parseHTML: (element: HTMLElement) =>
          element.hasAttribute('start')
            ? Number.parseInt(element.getAttribute('start') ?? '1', 10)
            : 1,
        renderHTML: (attributes: Record<string, unknown>) =>
          typeof attributes.start === 'number' && attributes.start !== 1
            ? { start: attributes.start }
            : {},
      },
    };
  },
});

export interface MindImageOptions extends ImageOptions {
  /** Shown in place of a picture that cannot be loaded. */
  missingLabel: string;
}

/** An image is `src`, `alt` and `title` (alt and title may be null). */
export const MindImage = Image.extend<MindImageOptions>({
  addOptions() {
    return {
      ...(this.parent?.() as ImageOptions),
      inline: false,
      allowBase64: false,
      HTMLAttributes: { class: 'rt-image' },
      missingLabel: 'Image could not be loaded',
    };
  },
  addAttributes() {
    return {
      src: {
        default: null,
        // Never written into HTML when the message URL policy refuses it.
        renderHTML: (attributes) => (isRefusedSrc(attributes.src) ? {} : { src: attributes.src }),
      },
      alt: { default: null },
      title: { default: null },
    };
  },
  // A pasted <img> whose address the policy refuses is not taken in.
  parseHTML: () => [
    {
      tag: 'img[src]',
      getAttrs: (element: HTMLElement) =>
        isRefusedSrc(element.getAttribute('src')) ? false : null,
    },
  ],
  addCommands() {
    const parent = this.parent?.();
    return {
      ...parent,
      setImage: (options) => (props) =>
        !isRefusedSrc(options.src) && (parent?.setImage?.(options)(props) ?? false),
    };
  },
  addNodeView() {
    return ({ node }) => {
      const dom = document.createElement('div');
      dom.className = 'rt-image-block';
      const { src, alt, title } = node.attrs as Record<string, string | null>;
      if (isRefusedSrc(src)) {
        const refused = document.createElement('div');
        refused.className = 'rt-image-missing';
        refused.textContent = src ?? '';
        dom.append(refused);
        return { dom };
      }
      const image = document.createElement('img');
      image.className = 'rt-image';
      image.src = src ?? '';
      image.alt = alt ?? '';
      if (title) image.title = title;
      image.draggable = false;
      const missing = document.createElement('div');
      missing.className = 'rt-image-missing';
      missing.hidden = true;
      const label = document.createElement('strong');
      label.textContent = alt ? `${this.options.missingLabel} · ${alt}` : this.options.missingLabel;
      const address = document.createElement('span');
      address.textContent = src ?? '';
      missing.append(label, address);
      image.addEventListener(
        'error',
        () => {
          image.hidden = true;
          missing.hidden = false;
        },
        { once: true },
      );
      dom.append(image, missing);
      return { dom };
    };
  },
});

/** A mention shows `@label` and stores the open_id in `id`. */
export const MindMention = Mention.configure({
  HTMLAttributes: { class: 'rt-mention' },
  renderText: ({ node }) => `@${String(node.attrs.label ?? node.attrs.id)}`,
  renderHTML: ({ options, node }) => [
    'span',
    options.HTMLAttributes,
    `@${String(node.attrs.label ?? node.attrs.id)}`,
  ],
});

/** Marks the empty last paragraph of loaded content, so it is not taken for editor padding. */
export const KeepEmptyParagraph = Extension.create({
  name: 'keepEmptyParagraph',
  addGlobalAttributes: () => [
    {
      types: ['paragraph'],
      attributes: { [KEEP_EMPTY_ATTR]: { default: null, keepOnSplit: false, rendered: false } },
    },
  ],
});

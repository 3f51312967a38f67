import MarkdownIt from 'markdown-it';
import { isSafeLinkHref } from '../../mind';
import { provideMarkdownRenderer } from './markdownRenderer';
import { mindMentions } from './mindMentions';
import { mindTags } from './mindTags';
import { sanitizeHtml } from './sanitizeHtml';

const md = new MarkdownIt('default', {
  html: false,
  linkify: true,
  breaks: true,
  typographer: false,
});
md.validateLink = (url) => isSafeLinkHref(url);
md.use(mindMentions);
md.use(mindTags);

/** Mind's markdown dialect as HTML, before sanitising: for tests and the sanitiser's input. */
export function markdownToHtml(source: string): string {
  return md.render(source);
}

const CACHE_LIMIT = 500;
const cache = new Map<string, string>();

/**
 * Mind's markdown dialect as safe HTML: markdown-it with raw HTML off plus Mind's three tags,
 * then DOMPurify with an allow-list. Memoised (least recently used), since the history page
 * renders the same strings again and again.
 */
export function renderMarkdown(source: string): string {
  const hit = cache.get(source);
  if (hit !== undefined) {
    cache.delete(source);
    cache.set(source, hit);
    return hit;
  }
  const html = sanitizeHtml(markdownToHtml(source));
  cache.set(source, html);
  if (cache.size > CACHE_LIMIT) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  return html;
}

provideMarkdownRenderer(renderMarkdown);

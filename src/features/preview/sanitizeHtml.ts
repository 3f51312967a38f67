import DOMPurify from 'dompurify';
import { sanitizeStyle } from './sanitizeStyle';

/*
 * The second layer behind the markdown renderer: whatever markdown-it produced, only these
 * tags and attributes reach the page, URLs only http(s) and mailto, styles only the
 * allow-list of sanitizeStyle. A private DOMPurify instance, so its hooks touch no one else.
 */
const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  's',
  'del',
  'a',
  'ul',
  'ol',
  'li',
  'code',
  'pre',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'span',
  'small',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];
const ALLOWED_ATTR = ['href', 'title', 'class', 'style', 'start', 'alt', 'src'];
const SAFE_URL = /^(?:https?:|mailto:)/i;
const SAFE_CLASS = /^(?:mp-[a-z-]+|language-[\w-]{1,40})$/;

let purifier: ReturnType<typeof DOMPurify> | undefined;

function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const instance = DOMPurify(window);
  instance.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'style') {
      const clean = sanitizeStyle(data.attrValue);
      if (clean) data.attrValue = clean;
      else data.keepAttr = false;
    } else if (data.attrName === 'class') {
      const clean = data.attrValue
        .split(/\s+/)
        .filter((name) => SAFE_CLASS.test(name))
        .join(' ');
      if (clean) data.attrValue = clean;
      else data.keepAttr = false;
    }
  });
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      if (node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    } else if (node.nodeName === 'IMG') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
  });
  // Parsing the configuration once, not on every call, saves a good part of each call.
  instance.setConfig({
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: SAFE_URL,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    KEEP_CONTENT: true,
  });
  purifier = instance;
  return instance;
}

/** HTML from the markdown renderer, reduced to the allow-list. */
export function sanitizeHtml(html: string): string {
  return getPurifier().sanitize(html);
}

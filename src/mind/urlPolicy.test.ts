import { describe, expect, it } from 'vitest';
import { isAddressKey, urlProblem } from './urlPolicy';
import { validateMessage } from './validateMessage';

const REFUSED = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'java\tscript:alert(1)',
  ' javascript:alert(1)',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'data:text/html;base64,PHNjcmlwdD4=',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://a.example/1',
  '//evil.example/x.png',
  '/\\evil.example/x.png',
  'https://a.example/x y.png',
];
const ALLOWED = [
  'https://a.example/x.png',
  'http://a.example/',
  'mailto:someone@example.com',
  '/images/emoji_applaud.png',
  'images/emoji_applaud.png',
];

/** `severity code path` of each issue. */
const codes = (message: unknown) =>
  validateMessage(message).map((item) => `${item.severity} ${item.code} ${item.path}`);

const richText = (...nodes: unknown[]) => ({
  msg_type: 'rich_text',
  content: [{ type: 'paragraph', content: nodes }],
});
const image = (src: string) => ({
  msg_type: 'rich_text',
  content: [{ type: 'image', attrs: { src, alt: 'x', title: null } }],
});
const emoji = (src: string) => richText({ type: 'emoji', attrs: { alt: '鼓掌', src } });
const link = (href: string) =>
  richText({ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href } }] });
const card = (...elements: unknown[]) => ({
  msg_type: 'interactive',
  content: { header: { title: { content: 't' } }, elements },
});
const button = (url: string) =>
  card({
    tag: 'action',
    action: [{ tag: 'button', text: { content: 'Go' }, type: 'view', url }],
  });

describe('one URL policy for every address in a message', () => {
  it.each(REFUSED)('refuses %j', (value) => expect(urlProblem(value)).not.toBeNull());
  it.each(ALLOWED)('allows %j', (value) => expect(urlProblem(value)).toBeNull());

  it.each(['url', 'href', 'src', 'uri', 'pc_url', 'android_url', 'imageUrl', 'icon_src'])(
    '%s is an address field',
    (key) => expect(isAddressKey(key)).toBe(true),
  );
  it.each(['content', 'tag', 'img_key', 'urls', 'source'])('%s is not', (key) =>
    expect(isAddressKey(key)).toBe(false),
  );

  it.each(REFUSED)('the same error, at its pointer, wherever %j is', (value) => {
    const where = [
      [image(value), '/content/0/attrs/src'],
      [emoji(value), '/content/0/content/0/attrs/src'],
      [link(value), '/content/0/content/0/marks/0/attrs/href'],
      [button(value), '/content/elements/0/action/0/url'],
      [
        card({ tag: 'img_gallery', items: [{ pc_url: value }] }),
        '/content/elements/0/items/0/pc_url',
      ],
      [
        card({
          tag: 'rich_text',
          content: [{ type: 'video', attrs: { src: value } }],
        }),
        '/content/elements/0/content/0/attrs/src',
      ],
      [
        richText({ type: 'text', text: 'x', marks: [{ type: 'anchor', attrs: { href: value } }] }),
        '/content/0/content/0/marks/0/attrs/href',
      ],
    ] as const;
    for (const [message, path] of where) {
      const errors = codes(message).filter((line) => line.startsWith('error'));
      expect(errors, path).toEqual([`error url-not-allowed ${path}`]);
    }
  });

  it('allows what the spec shows: emoji paths, http(s) images, mailto links', () => {
    expect(codes(emoji('/images/emoji_applaud.png'))).toEqual([]);
    expect(codes(image('https://a.example/x.png'))).toEqual([]);
    expect(codes(link('mailto:a@b.c'))).toEqual([]);
    expect(codes(button('https://a.example/'))).toEqual([]);
  });

  it('keeps the stricter rules of each place for addresses the policy allows', () => {
    expect(codes(button('/relative'))).toEqual([
      'error button-url-invalid /content/elements/0/action/0/url',
    ]);
    expect(codes(link('/relative'))).toEqual([
      'error link-invalid /content/0/content/0/marks/0/attrs/href',
    ]);
  });

  it('walks deep unknown parts without recursion', () => {
    let part: unknown = { src: 'javascript:alert(1)' };
    for (let level = 0; level < 20_000; level += 1) part = { inner: part };
    const issues = codes(card({ tag: 'mystery', part }));
    expect(issues.filter((line) => line.includes('url-not-allowed'))).toHaveLength(1);
  });
});

import '../../app/i18n';
import fc from 'fast-check';
import { act } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import { renderForTest, unmountForTest } from '../../ui/renderForTest';
import { MessagePreview, type MessagePreviewProps, type PreviewAction } from './MessagePreview';
import interactiveCard from '../../../fixtures/seed/interactive.card.json';
import noticeCard from '../../../fixtures/seed/interactive-notice.card.json';
import richText from '../../../fixtures/seed/rich_text.content.json';

beforeAll(async () => {
  await i18next.changeLanguage('en');
});

function render(props: Partial<MessagePreviewProps> & Pick<MessagePreviewProps, 'message'>) {
  return renderForTest(<MessagePreview assetBase="" {...props} />);
}

describe('MessagePreview', () => {
  it('shows text as typed: no markup, line breaks kept', () => {
    const view = render({
      message: { msg_type: 'text', content: { text: '### not a heading\n*x*' } },
    });
    const bubble = view.querySelector('.mp-text');
    expect(bubble?.textContent).toBe('### not a heading\n*x*');
    expect(view.querySelector('h3, em')).toBeNull();
  });

  it('says an empty text or markdown message is empty, as an empty rich text, not a blank bubble', () => {
    for (const [msgType, content] of [
      ['text', { text: '' }],
      ['markdown', { text: '  \n ' }],
      ['rich_text', []],
    ] as const) {
      const view = render({ message: { msg_type: msgType, content } });
      expect(view.querySelector('.mp-bubble .mp-empty')?.textContent, msgType).toBe(
        'Empty message',
      );
      unmountForTest(view);
    }
  });

  it('renders the spec card: red header, rich text, markdown and both buttons', () => {
    const view = render({ message: { msg_type: 'interactive', content: interactiveCard } });
    expect(view.querySelector('.mp-card__header')?.getAttribute('data-template')).toBe('red');
    expect(view.querySelector('.mp-card__title')?.textContent).toBe('Mind富文本消息');
    expect(view.querySelector('.mp-rich strong')?.textContent).toBe('所有项目180天收入');
    const link = view.querySelector<HTMLAnchorElement>('a.mp-btn');
    expect(link?.getAttribute('href')).toBe('https://mind.im30.net/');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(view.querySelector('button.mp-btn')?.textContent).toBe('再次获取');
    expect(view.querySelector('[data-unknown]')).toBeNull();
  });

  it('reports the exact event and value of a click button', () => {
    const onAction = vi.fn<(action: PreviewAction) => void>();
    const view = render({
      message: { msg_type: 'interactive', content: interactiveCard },
      onAction,
    });
    act(() => view.querySelector<HTMLButtonElement>('button.mp-btn')?.click());
    expect(onAction).toHaveBeenCalledWith({
      kind: 'click',
      label: '再次获取',
      event: 'mind.message.event.guide',
      value: { card_id: '$card_id', key: 'value' },
    });
  });

  it('never links a view button whose URL is not a complete http(s) address', () => {
    const onAction = vi.fn<(action: PreviewAction) => void>();
    const view = render({ message: { msg_type: 'interactive', content: noticeCard }, onAction });
    expect(view.querySelector('a.mp-btn')).toBeNull();
    act(() => view.querySelector<HTMLButtonElement>('button.mp-btn')?.click());
    expect(onAction).toHaveBeenCalledWith({
      kind: 'view-invalid',
      label: '查看详情',
      url: 'https:///',
    });
  });

  it('shows <at> mentions in text and markdown as a highlighted @Name; malformed ones stay text', () => {
    const text = render({
      message: {
        msg_type: 'text',
        content: { text: 'Hi <at user_id="ou_a">张伟</at>, <at user_id = "x">B</at>' },
      },
    });
    expect([...text.querySelectorAll('.mp-mention')].map((node) => node.textContent)).toEqual([
      '@张伟',
    ]);
    expect(text.textContent).toContain('<at user_id = "x">B</at>');
    unmountForTest(text);
    const markdown = render({
      message: {
        msg_type: 'markdown',
        content: {
          text: '**Notice** <at user_id=\'all\'>所有人</at> <at user_id="ou_b"><b>x</b></at>',
        },
      },
    });
    expect([...markdown.querySelectorAll('.mp-mention')].map((node) => node.textContent)).toEqual([
      '@所有人',
    ]);
    expect(markdown.querySelector('b')).toBeNull();
    expect(markdown.querySelector('strong')?.textContent).toBe('Notice');
  });

  it('renders every node of the spec rich text, emoji from the asset base', () => {
    const view = render({
      message: { msg_type: 'rich_text', content: richText },
      assetBase: 'https://cdn.example.com',
    });
    expect(view.querySelector('.mp-mention')?.textContent).toBe('@Mind Work Center');
    expect(view.querySelector('.mp-link')?.getAttribute('href')).toBe('http://www.baidu.com');
    expect(view.querySelectorAll('ul > li')).toHaveLength(1);
    expect(view.querySelector('ol')?.getAttribute('start')).toBe('1');
    expect(view.querySelector('h1')?.textContent).toBe('一级标题 (#空格)');
    const emoji = view.querySelector('img.mp-emoji');
    expect(emoji?.getAttribute('src')).toBe('https://cdn.example.com/images/emoji_applaud.png');
    expect(emoji?.getAttribute('alt')).toBe('[鼓掌]');
    expect(view.querySelector('img.mp-image')?.getAttribute('src')).toMatch(
      /^https:\/\/new-mind-test/,
    );
  });

  it('names what it does not know instead of showing nothing', () => {
    const view = render({
      message: {
        msg_type: 'interactive',
        content: {
          header: { template: 'orange', title: { content: 'T' } },
          elements: [
            { tag: 'img', img_key: 'x' },
            {
              tag: 'rich_text',
              content: [{ type: 'table' }, { type: 'paragraph', content: [{ type: 'sticker' }] }],
            },
            {
              tag: 'action',
              action: [
                { tag: 'select_static' },
                {
                  tag: 'button',
                  text: { content: 'B' },
                  template: 'primary',
                  type: 'click',
                  event: 'e',
                },
              ],
            },
          ],
        },
      },
    });
    const text = view.textContent ?? '';
    expect(view.querySelector('.mp-card__header')?.getAttribute('data-template')).toBe('neutral');
    expect(text).toContain('Header colour “orange” is not one of Mind');
    expect(text).toContain('Button style “primary” is not one of Mind');
    expect(text).toContain('Element “img”');
    expect(text).toContain('Node “table”');
    expect(text).toContain('Node “sticker”');
    expect(text).toContain('Action “select_static”');
    expect(text).toMatch(/Message type|Element|Node/);
    expect(render({ message: { msg_type: 'image', content: {} } }).textContent).toContain(
      'Message type “image” cannot be shown',
    );
  });

  it('never turns unsafe addresses into links or images', () => {
    const view = render({
      message: {
        msg_type: 'rich_text',
        content: [
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                text: 'x',
                marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
              },
              { type: 'emoji', attrs: { alt: 'e', src: 'javascript:alert(1)' } },
              { type: 'image', attrs: { src: 'data:image/svg+xml,<svg onload=alert(1)>' } },
            ],
          },
        ],
      },
    });
    expect(view.querySelector('a')).toBeNull();
    expect(view.querySelector('img')).toBeNull();
    expect(view.textContent).toContain('[e]');
  });

  it('keeps the HTML valid when nodes sit where they do not belong', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const misplaced = [
      { type: 'image', attrs: { src: 'javascript:x' } },
      {
        type: 'paragraph',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'p in p' }] }],
      },
      {
        type: 'paragraph',
        content: [{ type: 'image', attrs: { src: 42 } }, { type: 'bulletList' }],
      },
      {
        type: 'bulletList',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'loose' }] }],
      },
      { type: 'orderedList', content: [{ type: 'text', text: 'bare' }, 'str', null] },
      { type: 'heading', attrs: { level: 9 }, content: [{ type: 'heading', content: [] }] },
      { type: 'text', text: 'top-level text' },
    ];
    const view = render({ message: { msg_type: 'rich_text', content: misplaced } });
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    expect(view.textContent).toContain('p in p');
    expect(view.textContent).toContain('loose');
    expect(view.textContent).toContain('top-level text');
    expect(view.querySelector('h6')).not.toBeNull();
  });

  it('follows the app theme unless told otherwise', async () => {
    document.documentElement.dataset.theme = 'dark';
    const view = render({ message: { msg_type: 'text', content: { text: 'hi' } } });
    expect(view.querySelector('.mp')?.classList.contains('mp--dark')).toBe(true);
    await act(async () => {
      document.documentElement.dataset.theme = 'light';
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(view.querySelector('.mp')?.classList.contains('mp--light')).toBe(true);
    const fixed = render({ message: { msg_type: 'text', content: { text: 'hi' } }, theme: 'dark' });
    expect(fixed.querySelector('.mp')?.classList.contains('mp--dark')).toBe(true);
  });

  it('renders any JSON as content of any type without throwing', () => {
    const type = fc.constantFrom(
      'text',
      'markdown',
      'rich_text',
      'interactive',
      undefined,
      'other',
      7,
    );
    const node: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue(),
        fc.record(
          {
            type: fc.constantFrom(
              'paragraph',
              'heading',
              'text',
              'mention',
              'emoji',
              'image',
              'bulletList',
              'orderedList',
              'listItem',
              'x',
            ),
            attrs: fc.oneof(
              fc.jsonValue(),
              fc.dictionary(
                fc.constantFrom('level', 'start', 'src', 'href', 'label', 'id', 'alt'),
                fc.jsonValue(),
              ),
            ),
            content: fc.oneof(fc.jsonValue(), fc.array(tie('node'), { maxLength: 3 })),
            text: fc.jsonValue(),
            marks: fc.oneof(
              fc.jsonValue(),
              fc.array(
                fc.record(
                  { type: fc.constantFrom('bold', 'link', 'italic', 'x'), attrs: fc.jsonValue() },
                  { requiredKeys: [] },
                ),
              ),
            ),
          },
          { requiredKeys: [] },
        ),
      ),
    })).node;
    const card = fc.record(
      {
        header: fc.oneof(
          fc.jsonValue(),
          fc.record({ template: fc.jsonValue(), title: fc.jsonValue() }, { requiredKeys: [] }),
        ),
        elements: fc.oneof(
          fc.jsonValue(),
          fc.array(
            fc.oneof(
              fc.jsonValue(),
              fc.record(
                {
                  tag: fc.constantFrom('markdown', 'rich_text', 'action', 'x'),
                  content: fc.oneof(fc.string(), fc.array(node, { maxLength: 3 })),
                  action: fc.oneof(
                    fc.jsonValue(),
                    fc.array(
                      fc.record(
                        {
                          tag: fc.constantFrom('button', 'x'),
                          text: fc.jsonValue(),
                          type: fc.constantFrom('view', 'click', 'x'),
                          url: fc.oneof(fc.webUrl(), fc.jsonValue()),
                          event: fc.jsonValue(),
                          value: fc.jsonValue(),
                        },
                        { requiredKeys: [] },
                      ),
                    ),
                  ),
                },
                { requiredKeys: [] },
              ),
            ),
            { maxLength: 4 },
          ),
        ),
      },
      { requiredKeys: [] },
    );
    const content = fc.oneof(
      fc.jsonValue(),
      card,
      fc.array(node, { maxLength: 4 }),
      fc.record({ text: fc.jsonValue() }),
    );
    const errors = vi.spyOn(console, 'error');
    fc.assert(
      fc.property(type, content, (msgType, value) => {
        const view = render({ message: { msg_type: msgType as 'text', content: value } });
        const ok =
          view.querySelector('.mp-chat') !== null && view.querySelector('.mp-failed') === null;
        unmountForTest(view);
        return ok;
      }),
      { numRuns: 150 },
    );
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  }, 30_000);
});

describe('MessagePreview: articles', () => {
  const article = {
    title: '2026 福利说明',
    abstract: '体检与假期安排',
    thumb_url: 'https://static.example/cover.png',
    body: { content: '第一段\n第二段', format: 'text' },
    enable_forward: false,
  };

  it('shows the card with cover, title and abstract; the button opens the article', () => {
    const view = render({ message: { msg_type: 'article', content: article } });
    const card = view.querySelector('[data-testid="article-card"]');
    expect(card?.querySelector('img')?.getAttribute('src')).toBe(article.thumb_url);
    expect(card?.querySelector('h3')?.textContent).toBe(article.title);
    expect(card?.textContent).toContain(article.abstract);
    expect(view.querySelector('[data-testid="article-opened"]')).toBeNull();
    const open = card?.querySelector('button');
    expect(open?.getAttribute('aria-expanded')).toBe('false');
    act(() => open?.click());
    const opened = view.querySelector('[data-testid="article-opened"]');
    expect(opened?.textContent).toContain('第一段\n第二段');
    expect(opened?.textContent).toContain('Forwarding is turned off');
    expect(open?.getAttribute('aria-expanded')).toBe('true');
  });

  it('reads a wire body’s JSON-encoded articles; no cover: says the platform picks one; an unsafe one is not loaded', () => {
    const { thumb_url: _cover, ...withoutCover } = article;
    const wire = render({
      message: { msg_type: 'article', articles: JSON.stringify(withoutCover) },
    });
    expect(wire.querySelector('h3')?.textContent).toBe(article.title);
    expect(wire.querySelector('img')).toBeNull();
    expect(wire.textContent).toContain('Cover chosen by the platform');
    unmountForTest(wire);
    const unsafe = render({
      message: { msg_type: 'article', content: { ...article, thumb_url: 'javascript:alert(1)' } },
    });
    expect(unsafe.querySelector('img')).toBeNull();
    expect(unsafe.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe(
      'The cover cannot be shown',
    );
  });
});

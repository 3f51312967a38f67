import { describe, expect, it } from 'vitest';
import seedCard from '../../../fixtures/seed/interactive.card.json';
import seedRichText from '../../../fixtures/seed/rich_text.content.json';
import { findUnknownContentFields, findUnknownRequestFields } from './findUnknownFields';

describe('findUnknownContentFields', () => {
  it('finds nothing in the seed examples', () => {
    expect(findUnknownContentFields('interactive', seedCard)).toEqual([]);
    expect(findUnknownContentFields('rich_text', seedRichText)).toEqual([]);
  });

  it('lists unknown fields of a card at every level, by JSON pointer, in order', () => {
    const card = {
      header: { template: 'blue', title: { content: 'T', i18n: 'x' }, subtitle: 's' },
      config: { enable_forward: true, wide_screen_mode: true },
      elements: [
        { tag: 'markdown', content: 'a', text_align: 'center' },
        { tag: 'hr', anything: 1 },
        {
          tag: 'action',
          layout: 'bisected',
          action: [
            {
              tag: 'button',
              text: { content: 'Go', tag: 'plain_text', i18n: {} },
              type: 'view',
              confirm: {},
            },
          ],
        },
        {
          tag: 'rich_text',
          content: [
            {
              type: 'paragraph',
              id: 'p1',
              content: [{ type: 'text', text: 'x', marks: [{ type: 'bold', weight: 7 }] }],
            },
          ],
        },
      ],
      card_link: { url: 'https://a.example/' },
    };
    expect(findUnknownContentFields('interactive', card, '/content')).toEqual([
      '/content/card_link',
      '/content/config/wide_screen_mode',
      '/content/header/subtitle',
      '/content/header/title/i18n',
      '/content/elements/0/text_align',
      '/content/elements/2/layout',
      '/content/elements/2/action/0/confirm',
      '/content/elements/2/action/0/text/i18n',
      '/content/elements/3/content/0/id',
      '/content/elements/3/content/0/content/0/marks/0/weight',
    ]);
  });

  it('knows every card setting and button field of the guide', () => {
    const card = {
      config: {
        enable_forward: true,
        enable_forward_external: false,
        is_share_card: false,
        data_visualization_mode: true,
        business_type: 'approval',
      },
      header: { title: { content: 'T' } },
      elements: [
        {
          tag: 'action',
          action: [{ tag: 'button', type: 'view', url: 'mind.im30.net/', action_platform: 'all' }],
        },
      ],
    };
    expect(findUnknownContentFields('interactive', card)).toEqual([]);
  });

  it('escapes keys in pointers and reads text content', () => {
    expect(findUnknownContentFields('text', { text: 'hi', 'a/b': 1 })).toEqual(['/a~1b']);
    expect(findUnknownContentFields('markdown', 'not an object')).toEqual([]);
  });

  it('lists request-level extras', () => {
    expect(
      findUnknownRequestFields({ receive_id: 'ou_1', msg_type: 'text', content: '{}', uuid: 'x' }),
    ).toEqual(['/uuid']);
  });
});

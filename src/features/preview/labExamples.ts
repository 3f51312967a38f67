import interactiveNoticeRequest from '../../../fixtures/seed/interactive-notice.request.json';
import interactiveCard from '../../../fixtures/seed/interactive.card.json';
import markdownRequest from '../../../fixtures/seed/markdown.request.json';
import richTextContent from '../../../fixtures/seed/rich_text.content.json';
import textRequest from '../../../fixtures/seed/text.request.json';
import { DEFAULT_EMOJI } from '../../mind';

export interface LabExample {
  key: string;
  /** i18n key under `preview:lab.examples`. */
  labelKey: string;
  json: unknown;
}

const showcaseCard = {
  header: { template: 'purple', title: { content: 'Quarterly review · 季度回顾' } },
  elements: [
    {
      tag: 'markdown',
      content:
        '**Hello team**, the review is on *Friday*.\n<font color="#f54a45">Please reply by Thursday.</font> <small>Room 3F-12</small>\n- Agenda: [open the doc](https://example.com/agenda)\n- ~~Old slot~~ moved\n`code` and <unknown>other tags</unknown> stay as text',
    },
    {
      tag: 'rich_text',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'mention', attrs: { id: 'ou_example', label: '桃子' } },
            { type: 'text', text: ' thanks for the numbers ' },
            ...DEFAULT_EMOJI.slice(0, 4).map((emoji) => ({ type: 'emoji', attrs: { ...emoji } })),
          ],
        },
      ],
    },
    { tag: 'hr' },
    {
      tag: 'action',
      action: [
        {
          tag: 'button',
          text: { content: 'Open agenda', tag: 'plain_text' },
          type: 'view',
          template: 'white',
          url: 'https://example.com/agenda',
        },
        {
          tag: 'button',
          text: { content: 'I will attend', tag: 'plain_text' },
          type: 'click',
          template: 'default',
          event: 'review.attend',
          value: { card_id: '$card_id', answer: 'yes' },
        },
      ],
    },
  ],
};

const emojiSheet = [
  {
    type: 'paragraph',
    content: DEFAULT_EMOJI.flatMap((emoji) => [
      { type: 'emoji', attrs: { ...emoji } },
      { type: 'text', text: ` ${emoji.alt}  ` },
    ]),
  },
];

/** Examples the lab can load: the spec's own examples first. */
export const LAB_EXAMPLES: LabExample[] = [
  { key: 'interactive', labelKey: 'seedCard', json: interactiveCard },
  { key: 'notice', labelKey: 'seedNotice', json: interactiveNoticeRequest },
  { key: 'rich_text', labelKey: 'seedRichText', json: richTextContent },
  { key: 'markdown', labelKey: 'seedMarkdown', json: markdownRequest },
  { key: 'text', labelKey: 'seedText', json: textRequest },
  { key: 'showcase', labelKey: 'showcase', json: showcaseCard },
  { key: 'emoji', labelKey: 'emoji', json: emojiSheet },
];

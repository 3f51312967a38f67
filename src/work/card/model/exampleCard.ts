import type { Card } from '../../../mind';

/** A finished card to start from, showing each kind of block, in the user's language. */
export function exampleCard(language: 'zh' | 'en'): Card {
  const zh = language === 'zh';
  return {
    config: { enable_forward: true, is_share_card: false, data_visualization_mode: false },
    header: {
      template: 'blue',
      title: { content: zh ? '本周运营周报' : 'Weekly operations report' },
    },
    elements: [
      {
        tag: 'rich_text',
        content: [
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                marks: [{ type: 'bold' }],
                text: zh ? '新增用户 12,480' : 'New users: 12,480',
              },
              { type: 'text', text: zh ? '，环比增长 8%。' : ', up 8% on last week.' },
            ],
          },
        ],
      },
      {
        tag: 'markdown',
        content: zh
          ? '<font color="#006DF9">请在周五前确认下周活动排期。</font>\n<small><font color="#808080">数据更新于每周一 09:00</font></small>'
          : '<font color="#006DF9">Please confirm the campaign schedule for next week by Friday.</font>\n<small><font color="#808080">Figures update every Monday at 09:00</font></small>',
      },
      {
        tag: 'action',
        action: [
          {
            tag: 'button',
            text: { content: zh ? '查看完整报告' : 'Open the full report', tag: 'plain_text' },
            type: 'view',
            template: 'white',
            url: 'https://example.com/reports/weekly',
          },
          {
            tag: 'button',
            text: { content: zh ? '我已知悉' : 'Got it', tag: 'plain_text' },
            type: 'click',
            template: 'default',
            event: 'report.acknowledged',
            value: { card_id: '$card_id', report: 'weekly' },
          },
        ],
      },
    ],
  };
}

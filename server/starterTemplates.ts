import type { StarterTemplate } from './store/templateStore';

/*
 * The starter gallery: good messages a new user begins from, added to the templates once
 * (see `seedStarters`). Bilingual, Chinese first, as operations staff write to mixed teams.
 * Every one validates without errors (server/templates.starters.test.ts).
 */

const button = (label: string, rest: Record<string, unknown>) => ({
  tag: 'button',
  text: { content: label, tag: 'plain_text' },
  ...rest,
});

const notice: StarterTemplate = {
  key: 'starter-notice',
  name: '系统维护通知 · Maintenance notice',
  description:
    '蓝色标题的通知卡片，时间、影响范围与详情链接。A notice card: when, what is affected, a link to the details.',
  msgType: 'interactive',
  content: {
    config: { enable_forward: true, is_share_card: false, data_visualization_mode: false },
    header: { template: 'blue', title: { content: '系统维护通知 · Maintenance notice' } },
    elements: [
      {
        tag: 'markdown',
        content:
          '**维护时间 When**：本周六 22:00 – 周日 02:00\n' +
          '**影响范围 Affected**：审批、报销、考勤 Approvals, expenses, attendance\n\n' +
          '维护期间以上系统暂停使用，请提前处理待办事项。\n' +
          'These systems are unavailable during maintenance: please finish pending items beforehand.\n' +
          '<small><font color="#808080">IT 服务台 · IT Service Desk</font></small>',
      },
      {
        tag: 'action',
        action: [
          button('查看详情 · Details', {
            type: 'view',
            template: 'white',
            url: 'https://example.com/it/maintenance',
          }),
        ],
      },
    ],
  },
};

const reminder: StarterTemplate = {
  key: 'starter-reminder',
  name: '待办提醒 · Reminder with a button',
  description:
    '黄色提醒卡片，截止时间醒目，一键确认。A reminder with a deadline and a “Got it” button that reports back to your app.',
  msgType: 'interactive',
  content: {
    config: { enable_forward: false, is_share_card: false, data_visualization_mode: false },
    header: { template: 'yellow', title: { content: '提交提醒 · Reminder' } },
    elements: [
      {
        tag: 'markdown',
        content:
          '请于 <font color="#D83931">**周五 18:00 前**</font> 提交本月报销单。\n' +
          'Please submit this month’s expense claims <font color="#D83931">**by Friday 18:00**</font>.\n' +
          '<small><font color="#808080">逾期将顺延至下月处理 · Late claims move to next month</font></small>',
      },
      {
        tag: 'action',
        action: [
          button('去提交 · Submit now', {
            type: 'view',
            template: 'default',
            url: 'https://example.com/expenses/new',
          }),
          button('我已知悉 · Got it', {
            type: 'click',
            template: 'white',
            event: 'reminder.acknowledged',
            value: { card_id: '$card_id', reminder: 'expenses-monthly' },
          }),
        ],
      },
    ],
  },
};

const report: StarterTemplate = {
  key: 'starter-report',
  name: '周报摘要 · Weekly report summary',
  description:
    '绿色标题的数据摘要：要点加粗，列表清晰，附完整报告链接。Key figures in bold, a short list, a link to the full report.',
  msgType: 'interactive',
  content: {
    config: { enable_forward: true, is_share_card: false, data_visualization_mode: true },
    header: { template: 'green', title: { content: '本周运营周报 · Weekly report' } },
    elements: [
      {
        tag: 'rich_text',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', marks: [{ type: 'bold' }], text: '新增用户 New users 12,480' },
              { type: 'text', text: '（环比 +8% · up 8% week on week）' },
            ],
          },
          {
            type: 'bulletList',
            content: [
              {
                type: 'listItem',
                content: [
                  {
                    type: 'paragraph',
                    content: [{ type: 'text', text: '活跃率 Active rate：63.2%（+1.4 pt）' }],
                  },
                ],
              },
              {
                type: 'listItem',
                content: [
                  {
                    type: 'paragraph',
                    content: [{ type: 'text', text: '付费转化 Conversion：4.7%（持平 flat）' }],
                  },
                ],
              },
              {
                type: 'listItem',
                content: [
                  {
                    type: 'paragraph',
                    content: [{ type: 'text', text: '客诉 Complaints：23（−31%）' }],
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        tag: 'markdown',
        content:
          '<font color="#006DF9">下周重点 Next week：会员日活动上线 · Members’ day launch</font>\n' +
          '<small><font color="#808080">数据截至周日 24:00 · Figures up to Sunday midnight</font></small>',
      },
      {
        tag: 'action',
        action: [
          button('查看完整报告 · Full report', {
            type: 'view',
            template: 'white',
            url: 'https://example.com/reports/weekly',
          }),
        ],
      },
    ],
  },
};

const announcement: StarterTemplate = {
  key: 'starter-announcement',
  name: '全员公告 · Announcement (rich text)',
  description:
    '富文本公告：标题、正文、要点列表与链接。A rich text announcement: a heading, a paragraph, key points and a link.',
  msgType: 'rich_text',
  content: [
    {
      type: 'heading',
      attrs: { level: 2, id: 'news1' },
      content: [{ type: 'text', text: '新办公区启用 · The new office opens' }],
    },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '下周一起，' },
        { type: 'text', marks: [{ type: 'bold' }], text: '研发与产品团队' },
        { type: 'text', text: '迁至 B 座 5 层。From Monday the ' },
        { type: 'text', marks: [{ type: 'bold' }], text: 'engineering and product teams' },
        { type: 'text', text: ' move to Building B, floor 5.' },
      ],
    },
    {
      type: 'orderedList',
      attrs: { start: 1 },
      content: [
        {
          type: 'listItem',
          content: [
            {
              type: 'paragraph',
              content: [{ type: 'text', text: '周五 17:00 前打包个人物品 · Pack by Friday 17:00' }],
            },
          ],
        },
        {
          type: 'listItem',
          content: [
            {
              type: 'paragraph',
              content: [{ type: 'text', text: '门禁卡自动开通 · Badges work automatically' }],
            },
          ],
        },
      ],
    },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: '座位表 Seating plan：' },
        {
          type: 'text',
          marks: [
            {
              type: 'link',
              attrs: {
                href: 'https://example.com/office/seating',
                target: '_blank',
                class: 'me-link',
              },
            },
          ],
          text: 'example.com/office/seating',
        },
      ],
    },
  ],
};

const update: StarterTemplate = {
  key: 'starter-markdown-update',
  name: '版本更新 · Release note (markdown)',
  description:
    'Markdown 消息：标题、要点与链接。A markdown message: a heading, key points and a link.',
  msgType: 'markdown',
  content: {
    text:
      '### v2.3 已发布 · v2.3 is out\n' +
      '- **审批提速** Faster approvals: 平均 2.1 秒 · 2.1 s on average\n' +
      '- **新报表** New reports: 按部门筛选 · filter by department\n\n' +
      '[查看更新说明 · Read the release notes](https://example.com/releases/2.3)',
  },
};

export const STARTER_TEMPLATES: readonly StarterTemplate[] = [
  notice,
  reminder,
  report,
  announcement,
  update,
];

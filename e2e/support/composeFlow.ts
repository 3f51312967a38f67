import { expect, type Locator, type Page } from '@playwright/test';

export type Lang = 'en' | 'zh';

const TEXT = {
  en: {
    type: {
      text: 'Text',
      markdown: 'Markdown',
      rich_text: 'Rich text',
      interactive: 'Card',
      article: 'Article',
    },
    mode: { one: 'One person', list: 'A list of people', all: 'All subscribers' },
    messageText: 'Message text',
    markdownText: 'Markdown text',
    richText: 'Rich text',
    list: 'open_ids of the recipients',
    one: 'Name or open_id',
    review: 'Review and send…',
    reviewTitle: 'Review before sending',
  },
  zh: {
    type: {
      text: '文本',
      markdown: 'Markdown',
      rich_text: '富文本',
      interactive: '卡片',
      article: '文章',
    },
    mode: { one: '一个人', list: '一组人', all: '全部订阅用户' },
    messageText: '消息文字',
    markdownText: 'Markdown 文本',
    richText: '富文本',
    list: '接收人的 open_id',
    one: '姓名或 open_id',
    review: '检查并发送…',
    reviewTitle: '发送前确认',
  },
} as const;

export type MsgType = keyof (typeof TEXT)['en']['type'];

/** Compose, driven as a person would: by role and accessible name, in either language. */
export class ComposeFlow {
  readonly text;

  constructor(
    readonly page: Page,
    readonly lang: Lang = 'en',
  ) {
    this.text = TEXT[lang];
  }

  async open(baseURL = ''): Promise<void> {
    await this.page.goto(`${baseURL}/compose?lang=${this.lang}`);
    await expect(this.page.getByRole('radiogroup').first()).toBeVisible();
  }

  async chooseType(type: MsgType): Promise<void> {
    await this.page.getByRole('radio', { name: this.text.type[type], exact: true }).click();
  }

  async write(type: MsgType, text: string): Promise<void> {
    await this.chooseType(type);
    if (type === 'text') {
      await this.page.getByRole('textbox', { name: this.text.messageText, exact: true }).fill(text);
    } else if (type === 'markdown') {
      await this.page
        .getByRole('textbox', { name: this.text.markdownText, exact: true })
        .fill(text);
    } else if (type === 'rich_text') {
      const editor = this.page.getByRole('textbox', { name: this.text.richText, exact: true });
      await editor.click();
      await this.page.keyboard.press('ControlOrMeta+a');
      await this.page.keyboard.press('Delete');
      await this.page.keyboard.type(text);
    }
  }

  async chooseRecipients(mode: keyof (typeof TEXT)['en']['mode']): Promise<void> {
    await this.page.getByRole('radio', { name: this.text.mode[mode], exact: true }).click();
  }

  async pasteList(ids: readonly string[]): Promise<void> {
    await this.chooseRecipients('list');
    await this.page
      .getByRole('textbox', { name: this.text.list, exact: true })
      .fill(ids.join('\n'));
  }

  async typeOne(id: string): Promise<void> {
    await this.chooseRecipients('one');
    await this.page.getByRole('combobox', { name: this.text.one }).fill(id);
  }

  reviewButton(): Locator {
    return this.page.getByRole('button', { name: this.text.review });
  }

  async review(): Promise<Locator> {
    await this.reviewButton().click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Reviews, sends, and waits until the send has an outcome; returns the result panel. */
  async send(outcome = 'sent'): Promise<Locator> {
    const dialog = await this.review();
    await dialog.getByTestId('confirm-send').click();
    const result = dialog.getByTestId('send-result');
    await expect(result).toHaveAttribute('data-outcome', outcome, { timeout: 20_000 });
    return result;
  }
}

/** Puts a card into the designer's saved draft (compose sends the designer's card). */
export async function setDesignerCard(page: Page, card: unknown): Promise<void> {
  await page.evaluate((value) => {
    localStorage.setItem(
      'mcs.designer.draft',
      JSON.stringify({ state: { doc: { card: value }, selectedId: null }, version: 1 }),
    );
  }, card);
  await page.reload();
}

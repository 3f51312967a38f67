import '../../app/i18n';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MindIssue } from '../../mind';
import { placeOfIssue } from './placeOfIssue';

const at = (path: string): MindIssue => ({ path, severity: 'error', code: 'x', message: 'x' });

beforeAll(async () => {
  await i18next.changeLanguage('en');
});

describe('placeOfIssue', () => {
  it('names the block and the button, counting from one', () => {
    const t = i18next.t.bind(i18next);
    expect(placeOfIssue(t, at('/content/elements/2/action/0/url'))).toBe('Block 3 · Button 1');
    expect(placeOfIssue(t, at('/content/elements/0/content'))).toBe('Block 1');
    expect(placeOfIssue(t, at('/content/elements/4/action'))).toBe('Block 5');
    expect(placeOfIssue(t, at('/content/header/template'))).toBe('Card settings');
    expect(placeOfIssue(t, at('/msg_type'))).toBeNull();
  });

  it('speaks Chinese too', async () => {
    await i18next.changeLanguage('zh');
    try {
      expect(placeOfIssue(i18next.t.bind(i18next), at('/content/elements/1/action/1/url'))).toBe(
        '第 2 个组件 · 按钮 2',
      );
    } finally {
      await i18next.changeLanguage('en');
    }
  });
});

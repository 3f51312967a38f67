import { describe, expect, it } from 'vitest';
import { decodeRequest } from './decodeRequest';
import { encodeRequest } from './encodeRequest';
import type { MindIssue } from './issues';
import { validateMessage } from './validateMessage';

const codes = (issues: MindIssue[]) =>
  issues.map(({ path, severity, code }) => `${severity} ${code} ${path}`);

const card = (overrides: Record<string, unknown> = {}) => ({
  msg_type: 'interactive',
  content: {
    header: { template: 'blue', title: { content: 'Title' } },
    elements: [{ tag: 'markdown', content: 'hello' }],
    ...overrides,
  },
});

const button = (fields: Record<string, unknown>) =>
  card({
    elements: [
      {
        tag: 'action',
        action: [{ tag: 'button', text: { content: 'Go', tag: 'plain_text' }, ...fields }],
      },
    ],
  });

const URL_PATH = '/content/elements/0/action/0/url';

describe('the card’s full settings', () => {
  it('accepts every config field the guide documents', () => {
    const config = {
      enable_forward: false,
      enable_forward_external: true,
      is_share_card: true,
      data_visualization_mode: false,
      business_type: 'approval',
    };
    expect(validateMessage(card({ config }))).toEqual([]);
  });

  it('refuses config fields of the wrong type, naming each', () => {
    const config = { enable_forward_external: 'yes', business_type: 7 };
    expect(codes(validateMessage(card({ config })))).toEqual([
      'error invalid-type /content/config/enable_forward_external',
      'error invalid-type /content/config/business_type',
    ]);
  });

  it('accepts action_platform "all" and warns about another value, keeping it', () => {
    expect(validateMessage(button({ type: 'click', event: 'e', action_platform: 'all' }))).toEqual(
      [],
    );
    const issues = validateMessage(button({ type: 'click', event: 'e', action_platform: 'ios' }));
    expect(codes(issues)).toEqual([
      'warning unknown-action-platform /content/elements/0/action/0/action_platform',
    ]);
    expect(issues[0]?.params).toEqual({ platform: 'ios' });
    expect(
      codes(validateMessage(button({ type: 'click', event: 'e', action_platform: 1 }))),
    ).toEqual(['error invalid-type /content/elements/0/action/0/action_platform']);
  });

  it('keeps the new fields byte for byte through decode and encode', () => {
    const content = {
      config: { business_type: 'x', enable_forward_external: true, enable_forward: true },
      header: { title: { content: 'T' } },
      elements: [
        {
          tag: 'action',
          action: [{ action_platform: 'all', tag: 'button', type: 'view', url: 'mind.im30.net/' }],
        },
      ],
    };
    const wire = { msg_type: 'interactive', content: JSON.stringify(content) };
    const decoded = decodeRequest(wire);
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.issues));
    expect(JSON.stringify(encodeRequest(decoded.message))).toBe(JSON.stringify(wire));
  });
});

describe('a view button’s address without a scheme', () => {
  it('the guide’s own example is a warning with the https address as its fix', () => {
    const issues = validateMessage(button({ type: 'view', url: 'mind.im30.net/' }));
    expect(codes(issues)).toEqual([`warning button-url-no-scheme ${URL_PATH}`]);
    expect(issues[0]?.params).toEqual({ url: 'mind.im30.net/', fixed: 'https://mind.im30.net/' });
  });

  it('keeps the path, query and port in the fix', () => {
    const issues = validateMessage(button({ type: 'view', url: 'a.example/x?y=1#z' }));
    expect(issues[0]?.params?.fixed).toBe('https://a.example/x?y=1#z');
  });

  it('what is not a host is still an error, not a warning', () => {
    for (const url of ['example', '/relative', './x', 'mind.', 'a@b.example/', '?q=1']) {
      expect(codes(validateMessage(button({ type: 'view', url }))), url).toEqual([
        `error button-url-invalid ${URL_PATH}`,
      ]);
    }
  });

  it('another scheme stays refused by the URL policy', () => {
    for (const url of ['javascript:alert(1)', 'mailto:a@b.example']) {
      const found = codes(validateMessage(button({ type: 'view', url })));
      expect(
        found.some((line) => line.includes('button-url-no-scheme')),
        url,
      ).toBe(false);
      expect(found.length, url).toBe(1);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { validateMessage, type CardButton, type MindIssue } from '../../../mind';
import { setButtonPlatform } from './buttons';
import { fixIssue, isFixable } from './fixIssue';
import { setBusinessType, setConfigFlag } from './setConfigFlag';
import { sampleCard, sampleDoc } from './testCards';
import type { DesignerDocument } from './types';

const BUTTON_PATH = '/content/elements/2/action/0';

const withUrl = (url: string): DesignerDocument => {
  const doc = sampleDoc();
  const button = { tag: 'button', text: { content: 'Go' }, type: 'view', url, note: 'kept' };
  const elements = (doc.card.elements ?? []).map((element, index) =>
    index === 2 ? { tag: 'action', action: [button] } : element,
  );
  return { ...doc, card: { ...doc.card, elements } };
};

/** The issues of the button row (the sample's unknown `hr` element has one of its own). */
const issuesOf = (doc: DesignerDocument): MindIssue[] =>
  validateMessage({ msg_type: 'interactive', content: doc.card }).filter((item) =>
    item.path.startsWith(BUTTON_PATH),
  );

const buttonOf = (doc: DesignerDocument): CardButton =>
  (doc.card.elements?.[2]?.action as CardButton[])[0] as CardButton;

describe('the card settings', () => {
  it('sets external forwarding beside the other switches, in place', () => {
    const card = setConfigFlag(sampleCard(), 'enable_forward_external', true);
    expect(Object.keys(card.config ?? {})).toEqual([
      'enable_forward',
      'is_share_card',
      'data_visualization_mode',
      'enable_forward_external',
    ]);
    expect(card.config?.enable_forward_external).toBe(true);
  });

  it('sets business_type, and an empty text removes it', () => {
    const card = setBusinessType(sampleCard(), 'approval');
    expect(card.config?.business_type).toBe('approval');
    expect(setBusinessType(card, 'approval')).toBe(card);
    const cleared = setBusinessType(card, '');
    expect(Object.hasOwn(cleared.config ?? {}, 'business_type')).toBe(false);
    expect(cleared.config).toEqual(sampleCard().config);
  });

  it('creates config where missing and leaves a card without business_type as it is', () => {
    expect(setBusinessType({ elements: [] }, 'x')).toEqual({
      elements: [],
      config: { business_type: 'x' },
    });
    const card = sampleCard();
    expect(setBusinessType(card, '')).toBe(card);
  });
});

describe('setButtonPlatform', () => {
  it('sets action_platform last and removes it when not set', () => {
    const button: CardButton = { tag: 'button', type: 'click', event: 'e' };
    const all = setButtonPlatform(button, 'all');
    expect(all).toEqual({ tag: 'button', type: 'click', event: 'e', action_platform: 'all' });
    expect(setButtonPlatform(all, 'all')).toBe(all);
    expect(setButtonPlatform(all, undefined)).toEqual(button);
    expect(setButtonPlatform(button, undefined)).toBe(button);
  });
});

describe('fixIssue: a schemeless view address', () => {
  it('prefixes https:// in one step, keeping the button’s other fields, and the warning goes', () => {
    const doc = withUrl('mind.im30.net/');
    const [warning] = issuesOf(doc);
    expect(warning).toMatchObject({
      path: `${BUTTON_PATH}/url`,
      code: 'button-url-no-scheme',
      severity: 'warning',
    });
    if (!warning) throw new Error('no warning');
    expect(isFixable(warning)).toBe(true);
    const fixed = fixIssue(doc, warning);
    expect(buttonOf(fixed)).toEqual({
      tag: 'button',
      text: { content: 'Go' },
      type: 'view',
      url: 'https://mind.im30.net/',
      note: 'kept',
    });
    expect(fixed.elementIds).toBe(doc.elementIds);
    expect(issuesOf(fixed)).toEqual([]);
  });

  it('does nothing when the address changed since the issue was found', () => {
    const [warning] = issuesOf(withUrl('mind.im30.net/'));
    if (!warning) throw new Error('no warning');
    const doc = withUrl('other.example/');
    expect(fixIssue(doc, warning)).toBe(doc);
  });

  it('does nothing for issues without a fix', () => {
    const doc = withUrl('/relative');
    const [error] = issuesOf(doc);
    expect(error?.code).toBe('button-url-invalid');
    if (!error) throw new Error('no error');
    expect(isFixable(error)).toBe(false);
    expect(fixIssue(doc, error)).toBe(doc);
  });
});

import { describe, expect, it } from 'vitest';
import { validateMessage, type CardButton } from '../../../mind';
import { createButton, createElement } from '../model/createElement';
import { createDesignerStore } from './createDesignerStore';
import { memoryStorage } from './draftStorage';

const texts = { markdown: 'Hello', richText: 'Rich', button: 'Open' };

describe('the designer store’s one-step fixes and card settings', () => {
  it('adds https:// to a schemeless address as one undo step', () => {
    const store = createDesignerStore({ storage: memoryStorage(), now: () => 0 });
    const actions = store.getState();
    const id = actions.addElement(createElement('action', texts));
    actions.setButtonUrl(id, 0, 'mind.im30.net/');
    const url = () =>
      ((store.getState().doc.card.elements?.[0]?.action as CardButton[])[0] as CardButton).url;
    const warning = validateMessage({
      msg_type: 'interactive',
      content: store.getState().doc.card,
    }).find((item) => item.code === 'button-url-no-scheme');
    if (!warning) throw new Error('no warning');

    const steps = store.temporal.getState().pastStates.length;
    actions.fixIssue(warning);
    expect(url()).toBe('https://mind.im30.net/');
    expect(store.temporal.getState().pastStates).toHaveLength(steps + 1);
    actions.fixIssue(warning);
    expect(store.temporal.getState().pastStates).toHaveLength(steps + 1);
    actions.undo();
    expect(url()).toBe('mind.im30.net/');
  });

  it('sets business_type and a button’s platform, and clears them', () => {
    const store = createDesignerStore({ storage: memoryStorage(), now: () => 0 });
    const actions = store.getState();
    const id = actions.addElement(createElement('action', texts));
    actions.addButton(id, createButton('Later'));
    actions.setBusinessType('approval');
    actions.setButtonPlatform(id, 1, 'all');
    const card = () => store.getState().doc.card;
    const buttons = () => card().elements?.[0]?.action as CardButton[];
    expect(card().config?.business_type).toBe('approval');
    expect(buttons()[1]?.action_platform).toBe('all');
    expect(buttons()[0]).not.toHaveProperty('action_platform');
    actions.setBusinessType('');
    actions.setButtonPlatform(id, 1, undefined);
    expect(card().config).not.toHaveProperty('business_type');
    expect(buttons()[1]).not.toHaveProperty('action_platform');
  });
});

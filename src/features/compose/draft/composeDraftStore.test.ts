import { describe, expect, it } from 'vitest';
import {
  COMPOSE_DRAFT_KEY,
  EMPTY_DRAFT,
  readStoredDraft,
  selectDraft,
  useComposeDraft,
} from './composeDraftStore';

describe('readStoredDraft', () => {
  it('restores a saved draft field by field', () => {
    expect(
      readStoredDraft({
        msgType: 'markdown',
        text: 'a',
        markdown: '**b**',
        recipientMode: 'one',
        one: 'ou_aaaaaaaa0001',
        oneName: '张伟',
        list: 'ou_x',
      }),
    ).toEqual({
      msgType: 'markdown',
      text: 'a',
      markdown: '**b**',
      recipientMode: 'one',
      one: 'ou_aaaaaaaa0001',
      oneName: '张伟',
      list: 'ou_x',
    });
  });

  it('never restores "every subscriber": it must be chosen again, with its phrase', () => {
    expect(readStoredDraft({ recipientMode: 'all' }).recipientMode).toBe('list');
  });

  it('falls back to the empty draft for anything odd', () => {
    for (const stored of [null, 42, 'x', [], { msgType: 'video', text: 3, list: {} }]) {
      expect(readStoredDraft(stored)).toEqual(EMPTY_DRAFT);
    }
  });
});

describe('the compose draft in two tabs', () => {
  it('follows the text written in another tab', () => {
    const newValue = JSON.stringify({
      state: { ...EMPTY_DRAFT, text: 'from B', list: 'ou_b' },
      version: 1,
    });
    localStorage.setItem(COMPOSE_DRAFT_KEY, newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: COMPOSE_DRAFT_KEY, newValue }));
    expect(selectDraft(useComposeDraft.getState())).toEqual({
      ...EMPTY_DRAFT,
      text: 'from B',
      list: 'ou_b',
    });
    localStorage.clear();
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { flushWrites, startStorage } from '../../lib/storage';
import { RICH_TEXT_DRAFT_KEY, useRichTextDraftStore } from './richTextDraftStore';

const paragraph = (text: string) => [{ type: 'paragraph', content: [{ type: 'text', text }] }];

afterEach(() => {
  vi.restoreAllMocks();
  useRichTextDraftStore.setState({ doc: [], saveFailed: false });
  localStorage.clear();
});

describe('the rich text draft', () => {
  // The app follows other tabs once started (src/main.tsx).
  let stop = () => {};
  beforeAll(() => (stop = startStorage()));
  afterAll(() => stop());

  it('follows a draft written by another tab', () => {
    const newValue = JSON.stringify({ state: { doc: paragraph('from B') }, version: 1 });
    localStorage.setItem(RICH_TEXT_DRAFT_KEY, newValue);
    window.dispatchEvent(new StorageEvent('storage', { key: RICH_TEXT_DRAFT_KEY, newValue }));
    expect(useRichTextDraftStore.getState().doc).toEqual(paragraph('from B'));
  });

  it('reports a refused write, once, instead of overflowing the stack', () => {
    const setItem = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    expect(() => useRichTextDraftStore.getState().setDoc(paragraph('kept here'))).not.toThrow();
    // Writes are throttled: this one may be held back a moment.
    flushWrites();
    expect(useRichTextDraftStore.getState().saveFailed).toBe(true);
    expect(useRichTextDraftStore.getState().doc).toEqual(paragraph('kept here'));
    setItem.mockRestore();
    useRichTextDraftStore.getState().setDoc(paragraph('saved again'));
    flushWrites();
    expect(useRichTextDraftStore.getState().saveFailed).toBe(false);
  });
});

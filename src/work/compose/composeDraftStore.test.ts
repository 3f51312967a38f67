import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStorage } from '../../lib/storage';
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
        article: {
          title: '福利说明',
          abstract: 'A',
          thumbUrl: 'https://cdn.example/c.png',
          body: 'b',
          enableForward: false,
        },
        recipientMode: 'one',
        one: 'ou_aaaaaaaa0001',
        oneName: '张伟',
        list: 'ou_x',
        channel: 'group',
        groupId: 'og_1',
        groupName: '运营群',
      }),
    ).toEqual({
      msgType: 'markdown',
      text: 'a',
      markdown: '**b**',
      article: {
        title: '福利说明',
        abstract: 'A',
        thumbUrl: 'https://cdn.example/c.png',
        body: 'b',
        enableForward: false,
      },
      channel: 'group',
      recipientMode: 'one',
      one: 'ou_aaaaaaaa0001',
      oneName: '张伟',
      list: 'ou_x',
      groupId: 'og_1',
      groupName: '运营群',
    });
  });

  it('a draft from before channels is for subscribers; an unknown channel too', () => {
    expect(readStoredDraft({ list: 'ou_x' })).toMatchObject({
      channel: 'subscribers',
      groupId: '',
    });
    expect(readStoredDraft({ channel: 'fax' }).channel).toBe('subscribers');
  });

  it('an article with odd fields reads as empty fields; forwarding stays on unless false', () => {
    expect(readStoredDraft({ article: { title: 3, enableForward: 'no' } }).article).toEqual({
      title: '',
      abstract: '',
      thumbUrl: '',
      body: '',
      enableForward: true,
    });
    expect(readStoredDraft({ msgType: 'article' }).msgType).toBe('article');
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
  // The app follows other tabs once started (src/main.tsx).
  let stop = () => {};
  beforeAll(() => (stop = startStorage()));
  afterAll(() => stop());

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

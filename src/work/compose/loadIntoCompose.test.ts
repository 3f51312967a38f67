import { beforeEach, describe, expect, it } from 'vitest';
import type { MessageDetail } from '../../api/schemas';
import { designerStore } from '../card/store/useDesignerStore';
import { useRichTextDraftStore } from '../richText/richTextDraftStore';
import { EMPTY_DRAFT, useComposeDraft } from './composeDraftStore';
import { draftFromSend, loadIntoCompose, useLoadedCopy } from './loadIntoCompose';

const send = (overrides: Partial<MessageDetail>): MessageDetail => ({
  id: '01a213f1-df62-7000-8c0a-23087b0ac0cc',
  clientId: null,
  msgType: 'text',
  channel: 'subscribers',
  audience: { kind: 'users', count: 2, sample: ['ou_aaaaaaaa0001', 'ou_bbbbbbbb0002'] },
  outcome: 'sent',
  counts: { pending: 0, sent: 1, failed: 0, unknown: 0 },
  progress: { done: 1, total: 1 },
  sender: null,
  sendAt: null,
  createdAt: '2025-01-02T03:04:05.000Z',
  updatedAt: '2025-01-02T03:04:05.000Z',
  content: { text: 'Hello' },
  receiveType: 1,
  recipients: ['ou_aaaaaaaa0001', 'ou_bbbbbbbb0002'],
  batches: [],
  batchCount: 1,
  ...overrides,
});

describe('draftFromSend', () => {
  it('copies a text message and its list', () => {
    expect(draftFromSend(send({}))).toEqual({
      msgType: 'text',
      text: 'Hello',
      recipientMode: 'list',
      list: 'ou_aaaaaaaa0001\nou_bbbbbbbb0002',
    });
  });

  it('copies an article into the article fields', () => {
    const draft = draftFromSend(
      send({
        msgType: 'article',
        content: {
          title: 'T',
          thumb_url: 'https://cdn.example/c.png',
          body: { content: 'b', format: 'text' },
          enable_forward: false,
        },
      }),
    );
    expect(draft.msgType).toBe('article');
    expect(draft.article).toEqual({
      title: 'T',
      abstract: '',
      thumbUrl: 'https://cdn.example/c.png',
      body: 'b',
      enableForward: false,
    });
  });

  it('copies one person as one person', () => {
    const draft = draftFromSend(
      send({
        msgType: 'markdown',
        content: { text: '**Hi**' },
        audience: { kind: 'user', count: 1, sample: ['ou_aaaaaaaa0001'] },
        recipients: ['ou_aaaaaaaa0001'],
      }),
    );
    expect(draft).toMatchObject({
      msgType: 'markdown',
      markdown: '**Hi**',
      recipientMode: 'one',
      one: 'ou_aaaaaaaa0001',
    });
  });

  it('never copies "every subscriber": the list is left empty to choose again', () => {
    const draft = draftFromSend(
      send({ audience: { kind: 'all', count: 0, sample: [] }, recipients: [] }),
    );
    expect(draft.recipientMode).toBe('list');
    expect(draft.list).toBe('');
  });
});

describe('loadIntoCompose', () => {
  beforeEach(() => {
    useComposeDraft.setState(EMPTY_DRAFT);
    useLoadedCopy.setState({ loaded: null });
  });

  it('puts rich text into the shared draft and undoes it', () => {
    const before = [{ type: 'paragraph', content: [{ type: 'text', text: 'mine' }] }];
    useRichTextDraftStore.getState().setDoc(before);
    const copied = [{ type: 'paragraph', content: [{ type: 'text', text: 'copied' }] }];
    loadIntoCompose(send({ msgType: 'rich_text', content: copied }));
    expect(useComposeDraft.getState().msgType).toBe('rich_text');
    expect(useRichTextDraftStore.getState().doc).toEqual(copied);
    useLoadedCopy.getState().loaded?.undo();
    expect(useRichTextDraftStore.getState().doc).toBe(before);
    expect(useComposeDraft.getState().msgType).toBe('text');
    expect(useLoadedCopy.getState().loaded).toBeNull();
  });

  it("puts a card into the designer's store and undoes it", () => {
    const before = designerStore.getState().doc.card;
    const card = { header: { title: { content: 'Copied' } }, elements: [], extra: { kept: 1 } };
    loadIntoCompose(send({ msgType: 'interactive', content: card }));
    expect(designerStore.getState().doc.card).toEqual(card);
    expect(useComposeDraft.getState().msgType).toBe('interactive');
    useLoadedCopy.getState().loaded?.undo();
    expect(designerStore.getState().doc.card).toEqual(before);
  });
});

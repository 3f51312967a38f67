import { beforeEach, describe, expect, it } from 'vitest';
import { emptyCard } from '../model/createDocument';
import { createButton, createElement } from '../model/createElement';
import { createDesignerStore, DRAFT_KEY, HISTORY_LIMIT } from './createDesignerStore';
import { memoryStorage } from './draftStorage';
import { useDraftStatus } from './draftStatus';

const texts = { markdown: 'Hello', richText: 'Rich', button: 'Open' };

function setup() {
  let time = 0;
  const storage = memoryStorage();
  const store = createDesignerStore({ storage, now: () => time });
  const tick = (ms: number) => {
    time += ms;
  };
  const card = () => store.getState().doc.card;
  return { store, storage, tick, card, actions: store.getState() };
}

beforeEach(() => useDraftStatus.setState({ save: 'idle', unreadable: null }));

describe('the designer store', () => {
  it('starts from an empty card with nothing to undo', () => {
    const { store, card } = setup();
    expect(card()).toEqual(emptyCard());
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('adds an element, selects it, and keeps ids out of the card', () => {
    const { store, actions, card } = setup();
    const id = actions.addElement(createElement('markdown', texts));
    expect(store.getState().selectedId).toBe(id);
    expect(store.getState().doc.elementIds).toEqual([id]);
    expect(JSON.stringify(card())).not.toContain(id);
  });

  it('groups a burst of typing into one undo step', () => {
    const { store, actions, tick, card } = setup();
    const id = actions.addElement(createElement('markdown', texts));
    for (const text of ['H', 'He', 'Hel', 'Hell']) {
      actions.setMarkdown(id, text);
      tick(200);
    }
    tick(2000);
    actions.setMarkdown(id, 'Hello!');
    expect(store.temporal.getState().pastStates).toHaveLength(3);
    actions.undo();
    expect(card().elements?.[0]?.content).toBe('Hell');
    actions.undo();
    expect(card().elements?.[0]?.content).toBe('Hello');
    actions.redo();
    expect(card().elements?.[0]?.content).toBe('Hell');
  });

  it('undoes and redoes every kind of edit', () => {
    const { store, actions, card } = setup();
    const snapshots = [card()];
    const markdown = actions.addElement(createElement('markdown', texts));
    snapshots.push(card());
    const row = actions.addElement(createElement('action', texts), 0);
    snapshots.push(card());
    const rich = actions.addElement(createElement('rich_text', texts));
    snapshots.push(card());
    const edits = [
      () => actions.setHeaderTitle('Title'),
      () => actions.setHeaderTemplate('red'),
      () => actions.setConfigFlag('is_share_card', true),
      () => actions.setMarkdown(markdown, '**bold**'),
      () => actions.setRichText(rich, []),
      () => actions.moveElement(markdown, 0),
      () => actions.duplicateElement(markdown),
      () => actions.addButton(row, createButton('Two')),
      () => actions.setButtonLabel(row, 0, 'One'),
      () => actions.setButtonKind(row, 0, 'click'),
      () => actions.setButtonEvent(row, 0, 'evt'),
      () => actions.setButtonValue(row, 0, { a: 1 }),
      () => actions.setButtonTemplate(row, 0, 'white'),
      () => actions.setButtonUrl(row, 1, 'https://x.example/'),
      () => actions.moveButton(row, 1, 0),
      () => actions.removeButton(row, 0),
      () => actions.removeElement(markdown),
      () => actions.replaceCard({ header: { title: { content: 'Other' } }, elements: [] }),
    ];
    for (const edit of edits) {
      edit();
      snapshots.push(card());
    }
    const steps = store.temporal.getState().pastStates.length;
    expect(steps).toBe(snapshots.length - 1);
    expect(new Set(snapshots).size).toBe(snapshots.length);
    for (let index = snapshots.length - 1; index > 0; index -= 1) {
      expect(card()).toBe(snapshots[index]);
      actions.undo();
    }
    expect(card()).toEqual(snapshots[0]);
    for (let index = 1; index < snapshots.length; index += 1) {
      actions.redo();
    }
    expect(card()).toBe(snapshots[snapshots.length - 1]);
  });

  it('records nothing for a no-op or a selection change', () => {
    const { store, actions } = setup();
    const id = actions.addElement(createElement('markdown', texts));
    const before = store.temporal.getState().pastStates.length;
    actions.setMarkdown(id, 'Hello');
    actions.moveElement(id, 0);
    actions.select(null);
    actions.select(id);
    actions.setHeaderTemplate('blue');
    expect(store.temporal.getState().pastStates).toHaveLength(before);
  });

  it('keeps at least 100 steps', () => {
    const { store, actions, card } = setup();
    for (let step = 0; step < 150; step += 1)
      actions.setConfigFlag('is_share_card', step % 2 === 0);
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(100);
    for (let step = 0; step < 150; step += 1) actions.undo();
    expect(card().config?.is_share_card).toBe(false);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('selects a neighbour when the selected element is removed, and clears it on undo of an add', () => {
    const { store, actions } = setup();
    const first = actions.addElement(createElement('markdown', texts));
    const second = actions.addElement(createElement('markdown', texts));
    actions.select(first);
    actions.removeElement(first);
    expect(store.getState().selectedId).toBe(second);
    actions.undo();
    actions.undo();
    expect(store.getState().doc.elementIds).toEqual([first]);
    expect(store.getState().selectedId).toBeNull();
  });
});

describe('the draft', () => {
  it('is saved as you work and restored by a new store', () => {
    const { storage, actions, store } = setup();
    const id = actions.addElement(createElement('markdown', texts));
    actions.setHeaderTitle('Kept');
    expect(useDraftStatus.getState().save).toBe('saved');
    const again = createDesignerStore({ storage });
    expect(again.getState().doc).toEqual(store.getState().doc);
    expect(again.getState().selectedId).toBe(id);
    expect(again.temporal.getState().pastStates).toHaveLength(0);
  });

  it('survives an unreadable draft, keeping its text aside', () => {
    for (const raw of ['{not json', '{"state":{"doc":{"card":"x"}},"version":1}', 'null', '[]']) {
      const storage = memoryStorage();
      storage.setItem(DRAFT_KEY, raw);
      const store = createDesignerStore({ storage });
      expect(store.getState().doc.card).toEqual(emptyCard());
      if (raw !== 'null') {
        expect(storage.items.get(`${DRAFT_KEY}.unreadable`)).toBe(raw);
        expect(useDraftStatus.getState().unreadable).toEqual({
          backupKey: `${DRAFT_KEY}.unreadable`,
        });
      }
    }
  });

  it('reports a failed write instead of throwing', () => {
    const storage = memoryStorage();
    const store = createDesignerStore({
      storage: {
        ...storage,
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
      },
    });
    expect(() => store.getState().setHeaderTitle('x')).not.toThrow();
    expect(useDraftStatus.getState().save).toBe('failed');
    expect(store.getState().doc.card.header?.title?.content).toBe('x');
  });
});

import { describe, expect, it } from 'vitest';
import { sampleCard } from '../model/testCards';
import { createDesignerStore } from './createDesignerStore';
import { memoryStorage } from './draftStorage';

function setup() {
  let time = 0;
  const store = createDesignerStore({ storage: memoryStorage(), now: () => time });
  store.getState().replaceCard(sampleCard());
  store.temporal.getState().clear();
  return { store, tick: (ms: number) => (time += ms) };
}

const withTitle = (content: string) => ({ ...sampleCard(), header: { title: { content } } });

describe('setCard (edits from the JSON view)', () => {
  it('keeps the selection and the element ids', () => {
    const { store } = setup();
    const ids = store.getState().doc.elementIds;
    store.getState().select(ids[1] ?? null);
    store.getState().setCard(withTitle('From JSON'));
    expect(store.getState().doc.card.header?.title?.content).toBe('From JSON');
    expect(store.getState().doc.elementIds).toEqual(ids);
    expect(store.getState().selectedId).toBe(ids[1]);
  });

  it('groups a burst of JSON typing into one undo step, then undoes it', () => {
    const { store, tick } = setup();
    for (const title of ['F', 'Fr', 'Fro', 'From']) {
      store.getState().setCard(withTitle(title));
      tick(100);
    }
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc.card).toEqual(sampleCard());
  });

  it('drops the selection when its element is gone', () => {
    const { store } = setup();
    const last = store.getState().doc.elementIds[2] ?? null;
    store.getState().select(last);
    store.getState().setCard({ ...sampleCard(), elements: sampleCard().elements?.slice(0, 1) });
    expect(store.getState().selectedId).toBeNull();
  });
});

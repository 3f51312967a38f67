import { beforeEach, describe, expect, it } from 'vitest';
import { simulateTabs } from '../../../lib/storage/simulateTabs';
import { createElement } from '../model/createElement';
import { createDesignerStore, DRAFT_KEY } from './createDesignerStore';
import { useDraftStatus } from './draftStatus';

const texts = { markdown: 'Hello', richText: 'Rich', button: 'Open' };

/** A browser with two designer tabs, A and B, on one localStorage. */
function setup() {
  const browser = simulateTabs();
  const open = () => {
    const tab = browser.openTab();
    const store = createDesignerStore({ storage: tab.storage, events: tab.events });
    return {
      store,
      actions: store.getState(),
      title: () => store.getState().doc.card.header?.title?.content,
      elements: () => store.getState().doc.card.elements ?? [],
    };
  };
  return { browser, a: open(), b: open(), reopen: open };
}

beforeEach(() => useDraftStatus.setState({ save: 'idle', unreadable: null, followed: false }));

describe('the designer draft in two tabs', () => {
  it("follows the other tab's edits, so each edit builds on the latest card", () => {
    const { browser, a, b, reopen } = setup();
    a.actions.setHeaderTitle('Edited in tab ONE');
    browser.deliver();
    expect(b.title()).toBe('Edited in tab ONE');
    const id = b.actions.addElement(createElement('markdown', texts));
    browser.deliver();
    expect(a.title()).toBe('Edited in tab ONE');
    expect(a.store.getState().doc).toEqual(b.store.getState().doc);
    expect(a.store.getState().doc.elementIds).toEqual([id]);
    expect(useDraftStatus.getState().followed).toBe(true);
    // A reload (a new tab) finds both edits.
    const reloaded = reopen();
    expect(reloaded.title()).toBe('Edited in tab ONE');
    expect(reloaded.elements()).toEqual([{ tag: 'markdown', content: 'Hello' }]);
  });

  it('takes in a write without writing back, so the tabs never write to each other', () => {
    const { browser, a, b } = setup();
    a.actions.addElement(createElement('markdown', texts));
    expect(browser.writes()).toBe(1);
    browser.deliver();
    a.actions.setHeaderTitle('One');
    b.actions.setHeaderTemplate('red');
    browser.deliver();
    // Each edit wrote once; the follower wrote nothing (deliver throws if they kept writing).
    expect(browser.writes()).toBe(3);
    expect(a.store.getState().doc.card.header?.template).toBe('red');
  });

  it("keeps this tab's selection while its element exists, else selects nothing", () => {
    const { browser, a, b } = setup();
    const first = a.actions.addElement(createElement('markdown', texts));
    const second = a.actions.addElement(createElement('markdown', texts));
    browser.deliver();
    a.actions.select(first);
    b.actions.select(second);
    browser.deliver();
    expect(a.store.getState().selectedId).toBe(first);
    b.actions.setMarkdown(second, 'Changed in B');
    browser.deliver();
    expect(a.store.getState().selectedId).toBe(first);
    b.actions.removeElement(first);
    browser.deliver();
    expect(a.store.getState().doc.elementIds).toEqual([second]);
    expect(a.store.getState().selectedId).toBeNull();
  });

  it('records nothing and says nothing when the other tab only changed its selection', () => {
    const { browser, a, b } = setup();
    const id = a.actions.addElement(createElement('markdown', texts));
    browser.deliver();
    useDraftStatus.setState({ followed: false });
    const doc = a.store.getState().doc;
    const steps = a.store.temporal.getState().pastStates.length;
    b.actions.select(null);
    b.actions.select(id);
    browser.deliver();
    expect(a.store.getState().doc).toBe(doc);
    expect(a.store.temporal.getState().pastStates).toHaveLength(steps);
    expect(useDraftStatus.getState().followed).toBe(false);
  });

  it("never writes its older card over the other tab's newer one before hearing of it", () => {
    // The browser hands the other tab's write over a moment later: a click in this tab that
    // changes nothing of the card (a panel, no selection to none) must not save the card this
    // tab still shows over the newer one. A choice of selection takes the newer card in first.
    const { browser, a, b } = setup();
    const id = b.actions.addElement(createElement('markdown', texts));
    browser.deliver();
    a.actions.setHeaderTitle('Edited in tab ONE');
    b.actions.select(null);
    b.actions.showPanel('preview');
    b.actions.selectButton(id, 0);
    expect(b.title()).toBe('Edited in tab ONE');
    expect(b.store.getState().selectedId).toBe(id);
    browser.deliver();
    for (const tab of [a, b]) expect(tab.title()).toBe('Edited in tab ONE');
    expect(a.store.getState().doc.elementIds).toEqual([id]);
  });

  it('keeps the unchanged elements as they were, so only the changed one renders again', () => {
    const { browser, a, b } = setup();
    const first = a.actions.addElement(createElement('markdown', texts));
    const second = a.actions.addElement(createElement('markdown', texts));
    browser.deliver();
    const [before] = a.elements();
    b.actions.setMarkdown(second, 'Changed in B');
    browser.deliver();
    expect(a.elements()[0]).toBe(before);
    expect(a.elements()[1]).toEqual({ tag: 'markdown', content: 'Changed in B' });
    expect(a.store.getState().doc.elementIds).toEqual([first, second]);
  });

  it("undoes the other tab's edit as a step of its own, and the other tab follows the undo", () => {
    const { browser, a, b } = setup();
    const untitled = a.title();
    a.actions.setHeaderTitle('Edited in tab ONE');
    browser.deliver();
    b.actions.addElement(createElement('markdown', texts));
    browser.deliver();
    a.actions.undo();
    expect(a.elements()).toEqual([]);
    expect(a.title()).toBe('Edited in tab ONE');
    browser.deliver();
    expect(b.elements()).toEqual([]);
    expect(b.title()).toBe('Edited in tab ONE');
    a.actions.redo();
    browser.deliver();
    expect(b.elements()).toHaveLength(1);
    a.actions.undo();
    a.actions.undo();
    browser.deliver();
    expect(b.title()).toBe(untitled);
  });

  it("ends a burst of typing when the other tab's edit arrives", () => {
    let time = 0;
    const browser = simulateTabs();
    const [tabA, tabB] = [browser.openTab(), browser.openTab()];
    const a = createDesignerStore({ ...tabA, now: () => time });
    const b = createDesignerStore({ ...tabB, now: () => time });
    a.getState().setHeaderTitle('Ti');
    browser.deliver();
    b.getState().setHeaderTemplate('red');
    browser.deliver();
    time += 100;
    a.getState().setHeaderTitle('Title');
    a.getState().undo();
    expect(a.getState().doc.card.header).toMatchObject({
      title: { content: 'Ti' },
      template: 'red',
    });
  });

  it('keeps the notice until the next edit in this tab', () => {
    const { browser, a, b } = setup();
    b.actions.setHeaderTitle('From B');
    browser.deliver();
    expect(useDraftStatus.getState().followed).toBe(true);
    a.actions.select(null);
    expect(useDraftStatus.getState().followed).toBe(true);
    a.actions.setHeaderTitle('From A');
    expect(useDraftStatus.getState().followed).toBe(false);
  });

  it("keeps aside a draft it cannot read and saves this tab's card over it, once", () => {
    const { browser, a, reopen } = setup();
    a.actions.setHeaderTitle('Mine');
    browser.deliver();
    browser.writeFromElsewhere(DRAFT_KEY, '{"state": {"doc": ');
    browser.deliver();
    expect(a.title()).toBe('Mine');
    expect(browser.items.get(`${DRAFT_KEY}.unreadable`)).toBe('{"state": {"doc": ');
    expect(useDraftStatus.getState().unreadable).toEqual({
      backupKey: `${DRAFT_KEY}.unreadable`,
      fromOtherTab: true,
    });
    expect(reopen().title()).toBe('Mine');
    // Each tab saves its card over a given text once, so tabs that cannot read each other settle:
    // by the third time the same text comes, nobody writes over it.
    for (const round of [1, 2, 3]) {
      const writes = browser.writes();
      browser.writeFromElsewhere(DRAFT_KEY, '{"state": {"doc": ');
      browser.deliver();
      if (round === 3) expect(browser.writes()).toBe(writes + 1);
    }
    expect(a.title()).toBe('Mine');
  });
});

import { describe, expect, it } from 'vitest';
import type { CardButton } from '../../../mind';
import { createButton, createElement } from '../model/createElement';
import { unparsedKey, type UnparsedValue } from '../model/reconcileUnparsed';
import { unparsedIssues } from '../model/unparsedIssues';
import { createDesignerStore } from './createDesignerStore';
import { memoryStorage } from './draftStorage';
import { createUnparsedStore } from './unparsedStore';

const texts = { markdown: 'Hello', richText: 'Rich', button: 'Open' };

/** A designer with a markdown block and a row of three click buttons, values 1, 2 and 3. */
function setup() {
  let time = 0;
  const designer = createDesignerStore({ storage: memoryStorage(), now: () => (time += 5000) });
  const unparsed = createUnparsedStore(designer);
  const actions = designer.getState();
  actions.addElement(createElement('markdown', texts));
  const row = actions.addElement(createElement('action', texts));
  actions.removeButton(row, 0);
  for (const value of [1, 2, 3]) {
    actions.addButton(row, { ...createButton(`B${value}`), type: 'click', event: 'e', value });
  }
  const buttons = () =>
    (designer.getState().doc.card.elements?.[1]?.action ?? []) as unknown as CardButton[];
  /** Holds text that is not JSON at button `index`, as its value field does. */
  const hold = (index: number, text = '{"broken": ') => {
    const entry: UnparsedValue = {
      elementId: row,
      buttonIndex: index,
      text,
      detail: 'Expected a value at line 1 column 12',
      base: buttons()[index]?.value,
    };
    unparsed.getState().holdUnparsed(entry);
  };
  const held = () =>
    [...unparsed.getState().values.values()].map((item) => [item.buttonIndex, item.text]);
  const issues = () => unparsedIssues(designer.getState().doc, unparsed.getState().values);
  return { designer, unparsed, actions, row, buttons, hold, held, issues };
}

describe('the unparsed value store', () => {
  it('holds text that is not JSON as an error at its button value, until released', () => {
    const { unparsed, row, hold, issues } = setup();
    hold(1);
    expect(issues()).toEqual([
      expect.objectContaining({
        path: '/content/elements/1/action/1/value',
        severity: 'error',
        code: 'button-value-not-json',
        params: { position: 2, detail: 'Expected a value at line 1 column 12' },
      }),
    ]);
    unparsed.getState().releaseUnparsed(row, 1);
    expect(issues()).toEqual([]);
  });

  it("carries what and where the syntax error is, for the reader's language", () => {
    const { unparsed, row, issues, buttons } = setup();
    unparsed.getState().holdUnparsed({
      elementId: row,
      buttonIndex: 0,
      text: '{"step": 1}, "oops"',
      detail: 'Unexpected text after the end at line 1 column 12',
      syntax: { syntax: 'EndOfFileExpected', line: 1, column: 12 },
      base: buttons()[0]?.value,
    });
    expect(issues()[0]?.params).toEqual({
      position: 1,
      detail: 'Unexpected text after the end at line 1 column 12',
      syntax: 'EndOfFileExpected',
      line: 1,
      column: 12,
    });
  });

  it('follows its button when buttons move, are removed before it, or elements move', () => {
    const { actions, row, hold, held, issues } = setup();
    hold(0, 'first');
    actions.moveButton(row, 0, 2);
    expect(held()).toEqual([[2, 'first']]);
    actions.removeButton(row, 0);
    expect(held()).toEqual([[1, 'first']]);
    actions.moveElement(row, 0);
    expect(issues().map((item) => item.path)).toEqual(['/content/elements/0/action/1/value']);
  });

  it('stays while other fields of its button are edited, and goes when the value changes', () => {
    const { actions, row, hold, held } = setup();
    hold(1, 'kept');
    actions.setButtonLabel(row, 1, 'Renamed');
    actions.setButtonEvent(row, 0, 'other');
    expect(held()).toEqual([[1, 'kept']]);
    actions.setButtonValue(row, 1, { changed: true });
    expect(held()).toEqual([]);
  });

  it('goes with its button, its element, or its kind', () => {
    const removed = setup();
    removed.hold(2);
    removed.actions.removeButton(removed.row, 2);
    expect(removed.held()).toEqual([]);

    const deleted = setup();
    deleted.hold(0);
    deleted.actions.removeElement(deleted.row);
    expect(deleted.held()).toEqual([]);

    const linked = setup();
    linked.hold(0);
    linked.actions.setButtonKind(linked.row, 0, 'view');
    expect(linked.held()).toEqual([]);
  });

  it('goes when undo gives the button another value, stays when undo touches something else', () => {
    const { actions, row, hold, held, buttons } = setup();
    actions.setButtonValue(row, 0, { step: 1 });
    actions.setHeaderTitle('A title');
    hold(0);
    actions.undo(); // the title
    expect(held()).toEqual([[0, '{"broken": ']]);
    actions.undo(); // the value
    expect(buttons()[0]?.value).toBe(1);
    expect(held()).toEqual([]);
  });

  it('keeps a removed button’s text gone after undo brings the button back', () => {
    const { actions, row, hold, held, issues } = setup();
    hold(1);
    actions.removeButton(row, 1);
    actions.undo();
    expect(held()).toEqual([]);
    expect(issues()).toEqual([]);
  });

  it('does not change the store for the same text twice, nor for a release of nothing', () => {
    const { unparsed, row, hold } = setup();
    hold(0);
    const values = unparsed.getState().values;
    hold(0);
    unparsed.getState().releaseUnparsed(row, 2);
    expect(unparsed.getState().values).toBe(values);
    expect(values.has(unparsedKey(row, 0))).toBe(true);
  });
});

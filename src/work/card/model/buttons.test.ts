import { describe, expect, it } from 'vitest';
import type { CardButton, CardElement } from '../../../mind';
import {
  addButton,
  moveButton,
  removeButton,
  setButtonField,
  setButtonKind,
  setButtonLabel,
  setButtonValue,
  updateButton,
} from './buttons';
import { createButton } from './createElement';

const view: CardButton = {
  tag: 'button',
  text: { content: 'Open', tag: 'plain_text' },
  type: 'view',
  template: 'white',
  url: 'https://a.example/',
  extra: 1,
};
const row = (): CardElement => ({
  tag: 'action',
  action: [view, { tag: 'select_static', options: [] }],
  layout: 'flow',
});

describe('button rows', () => {
  it('adds, removes and moves buttons, keeping unknown actions and fields', () => {
    const added = addButton(row(), createButton('New'));
    expect(added.action).toHaveLength(3);
    expect(Object.keys(added)).toEqual(['tag', 'action', 'layout']);
    expect((removeButton(added, 0).action as unknown[])[0]).toEqual({
      tag: 'select_static',
      options: [],
    });
    expect((moveButton(added, 2, 0).action as CardButton[])[0]?.text?.content).toBe('New');
  });

  it('returns its input for no-ops', () => {
    const element = row();
    expect(removeButton(element, 5)).toBe(element);
    expect(moveButton(element, 0, 0)).toBe(element);
    expect(updateButton(element, 1, () => view)).toBe(element);
    expect(updateButton(element, 0, (button) => button)).toBe(element);
  });

  it('updates only the button at the index', () => {
    const element = updateButton(row(), 0, (button) => setButtonLabel(button, 'Go'));
    expect((element.action as CardButton[])[0]?.text).toEqual({ content: 'Go', tag: 'plain_text' });
  });
});

describe('button fields', () => {
  it('creates a plain_text label where missing', () => {
    expect(setButtonLabel({ tag: 'button' }, 'Hi').text).toEqual({
      tag: 'plain_text',
      content: 'Hi',
    });
  });

  it('switches to click: drops the url, adds an event, keeps key order', () => {
    const click = setButtonKind(view, 'click');
    expect(click).toEqual({
      tag: 'button',
      text: view.text,
      type: 'click',
      template: 'white',
      extra: 1,
      event: '',
    });
    expect(Object.keys(click)).toEqual(['tag', 'text', 'type', 'template', 'extra', 'event']);
  });

  it('switches back to view: drops event and value, adds a url', () => {
    const click = setButtonValue(setButtonField(setButtonKind(view, 'click'), 'event', 'e'), {
      a: 1,
    });
    const back = setButtonKind(click, 'view');
    expect(back).toEqual({
      tag: 'button',
      text: view.text,
      type: 'view',
      template: 'white',
      extra: 1,
      url: '',
    });
  });

  it('is a no-op for the current kind and removes an undefined value', () => {
    expect(setButtonKind(view, 'view')).toBe(view);
    expect('value' in setButtonValue({ ...view, value: {} }, undefined)).toBe(false);
  });
});

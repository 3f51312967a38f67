import {
  isPlainObject,
  type ActionElement,
  type CardButton,
  type CardElement,
} from '../../../mind';
import { moveItem } from './moveItem';
import { removeKey, setKey } from './objectKeys';
import type { ButtonKind } from './types';

type Action = ActionElement['action'][number];

const actionsOf = (element: CardElement): Action[] =>
  Array.isArray(element.action) ? (element.action as Action[]) : [];

/** Appends `button` to an action element's buttons. */
export function addButton(element: CardElement, button: CardButton): CardElement {
  return setKey(element, 'action', [...actionsOf(element), button]);
}

/** Removes the button at `index`; out of range returns `element`. */
export function removeButton(element: CardElement, index: number): CardElement {
  const actions = actionsOf(element);
  if (index < 0 || index >= actions.length) return element;
  return setKey(
    element,
    'action',
    actions.filter((_, position) => position !== index),
  );
}

/** Moves a button within its row; a no-op returns `element`. */
export function moveButton(element: CardElement, from: number, to: number): CardElement {
  const actions = actionsOf(element);
  const moved = moveItem(actions, from, to);
  return moved === actions ? element : setKey(element, 'action', [...moved]);
}

/** Replaces the button at `index` by `update(button)`; only real buttons are updated. */
export function updateButton(
  element: CardElement,
  index: number,
  update: (button: CardButton) => CardButton,
): CardElement {
  const actions = actionsOf(element);
  const button = actions[index];
  if (!isButton(button)) return element;
  const next = update(button);
  if (next === button) return element;
  return setKey(
    element,
    'action',
    actions.map((item, position) => (position === index ? next : item)),
  );
}

export const isButton = (value: unknown): value is CardButton =>
  isPlainObject(value) && value.tag === 'button';

/** Sets the label (`text.content`), creating `text` as a `plain_text` where missing. */
export function setButtonLabel(button: CardButton, label: string): CardButton {
  const text = isPlainObject(button.text) ? button.text : { tag: 'plain_text' };
  return setKey(button, 'text', setKey(text, 'content', label));
}

/**
 * Switches a button between opening a link (`view`: `url`) and sending an event (`click`:
 * `event` and `value`). The other kind's fields are dropped, so the export stays clean.
 */
export function setButtonKind(button: CardButton, kind: ButtonKind): CardButton {
  if (button.type === kind) return button;
  let next = setKey(button, 'type', kind);
  if (kind === 'view') {
    next = removeKey(removeKey(next, 'event'), 'value');
    if (typeof next.url !== 'string') next = setKey(next, 'url', '');
  } else {
    next = removeKey(next, 'url');
    if (typeof next.event !== 'string') next = setKey(next, 'event', '');
  }
  return next;
}

/** Sets a plain string field of a button: `url`, `event` or `template`. */
export function setButtonField(
  button: CardButton,
  field: 'url' | 'event' | 'template',
  value: string,
): CardButton {
  return setKey(button, field, value);
}

/** Sets the `value` sent with a click event; `undefined` removes it. */
export function setButtonValue(button: CardButton, value: unknown): CardButton {
  return value === undefined ? removeKey(button, 'value') : setKey(button, 'value', value);
}

/** Sets on which clients the button acts (`action_platform`); `undefined` removes it. */
export function setButtonPlatform(button: CardButton, platform: string | undefined): CardButton {
  return platform === undefined
    ? removeKey(button, 'action_platform')
    : setKey(button, 'action_platform', platform);
}

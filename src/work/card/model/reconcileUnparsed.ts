import { isPlainObject, type CardElement, stringifyJson } from '../../../mind';
import type { DesignerDocument } from './types';

/**
 * A click button's value field holding text that is not JSON: the card keeps the last valid
 * value (`base`) while the text stays an error. Designer-only, never saved or exported.
 */
export interface UnparsedValue {
  elementId: string;
  buttonIndex: number;
  text: string;
  /** The parser's reason, with line and column (English). */
  detail: string;
  /**
   * What and where, for saying it in the reader's language (`jsonErrorParams`: `syntax`,
   * `line`, `column`); absent where the parser did not say.
   */
  syntax?: { syntax: string; line: number; column: number };
  /** The button's value in the card when the text stopped parsing. */
  base: unknown;
}

export type UnparsedValues = ReadonlyMap<string, UnparsedValue>;

export const NO_UNPARSED: UnparsedValues = new Map();

export const unparsedKey = (elementId: string, buttonIndex: number): string =>
  `${elementId}#${buttonIndex}`;

const actionsOf = (element: CardElement | undefined): readonly unknown[] =>
  element && Array.isArray(element.action) ? (element.action as unknown[]) : [];

/** The buttons of element `elementId`, or null when the card no longer has it. */
export function buttonsOf(doc: DesignerDocument, elementId: string): readonly unknown[] | null {
  const index = doc.elementIds.indexOf(elementId);
  return index < 0 ? null : actionsOf(doc.card.elements?.[index]);
}

const sameValue = (a: unknown, b: unknown): boolean =>
  a === b || stringifyJson(a) === stringifyJson(b);

/** True while `button` is a click button still holding `entry.base`: the text still applies. */
export function stillApplies(button: unknown, entry: UnparsedValue): boolean {
  return (
    isPlainObject(button) &&
    button.tag === 'button' &&
    button.type === 'click' &&
    sameValue(button.value, entry.base)
  );
}

/**
 * Follows each unparsed value through a change of the card, from `previous` to `next`. A button
 * that moved (reorder, a removal before it, undo) keeps its text at its new position: buttons
 * have no ids, but the model keeps every untouched button object as it was. The text is dropped
 * when its element or button is gone, the button stops sending an event, or its value was
 * changed from outside (undo, redo, the JSON view): the card's value then shows again.
 * Returns `values` itself when nothing changed.
 */
export function reconcileUnparsed(
  values: UnparsedValues,
  previous: DesignerDocument,
  next: DesignerDocument,
): UnparsedValues {
  if (values.size === 0 || previous === next) return values;
  const result = new Map<string, UnparsedValue>();
  let changed = false;
  for (const entry of values.values()) {
    const before = buttonsOf(previous, entry.elementId) ?? [];
    const after = buttonsOf(next, entry.elementId) ?? [];
    const button = before[entry.buttonIndex];
    let position = button === undefined ? -1 : after.indexOf(button);
    const replaced = after[entry.buttonIndex];
    if (
      position < 0 &&
      after.length === before.length &&
      replaced !== undefined &&
      !before.includes(replaced)
    ) {
      position = entry.buttonIndex; // edited in place: a new object at the same position
    }
    if (position < 0 || !stillApplies(after[position], entry)) {
      changed = true;
      continue;
    }
    if (position !== entry.buttonIndex) changed = true;
    const moved = position === entry.buttonIndex ? entry : { ...entry, buttonIndex: position };
    result.set(unparsedKey(moved.elementId, moved.buttonIndex), moved);
  }
  return changed ? result : values;
}

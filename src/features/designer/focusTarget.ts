import { pointerTokens } from '../../mind';
import { blockInspectorLoaded, loadBlockInspector } from './inspector/lazyBlockInspector';

const FOCUSABLE =
  'input, textarea, select, button, [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

/**
 * Runs `focus` on the next frame, after React has rendered the selection; the first time a
 * block is selected, once its inspector has downloaded and rendered (lazyBlockInspector.ts).
 */
function afterInspector(focus: () => void): void {
  if (blockInspectorLoaded()) {
    requestAnimationFrame(focus);
    return;
  }
  const later = () => requestAnimationFrame(() => requestAnimationFrame(focus));
  loadBlockInspector().then(later, later);
}

/** Escapes a value for an attribute selector. */
const attribute = (value: string): string => value.replace(/["\\]/g, '\\$&');

/**
 * Focuses the inspector field for `pointer` on the next frame (after React has rendered the
 * selection), or the nearest field of a parent pointer, or the inspector's first field.
 */
export function focusField(pointer: string): void {
  afterInspector(() => {
    const tokens = pointerTokens(pointer);
    for (let length = tokens.length; length >= 0; length -= 1) {
      const path = tokens
        .slice(0, length)
        .map((token) => `/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`)
        .join('');
      const target = document.querySelector<HTMLElement>(`[data-pointer="${attribute(path)}"]`);
      if (target) {
        focusWithin(target);
        return;
      }
    }
    focusInspector();
  });
}

const TEXT_FIELD = 'input, textarea, [contenteditable="true"]';

/** Focuses the first text field of the inspector (after React has rendered the selection). */
export function focusInspector(): void {
  afterInspector(() => {
    const body = document.querySelector<HTMLElement>(
      '[data-designer-inspector] [data-inspector-body]',
    );
    if (!body) return;
    const field = body.querySelector<HTMLElement>(TEXT_FIELD);
    if (field) field.focus();
    else focusWithin(body);
  });
}

function focusWithin(element: HTMLElement): void {
  const target = element.matches(FOCUSABLE)
    ? element
    : element.querySelector<HTMLElement>(FOCUSABLE);
  (target ?? element).focus();
  target?.scrollIntoView?.({ block: 'nearest' });
}

/** The selector of element `id`'s block handle on the canvas, or of the header for `null`. */
export const blockSelector = (id: string | null): string =>
  id === null ? '[data-canvas-header]' : `[data-block-id="${attribute(id)}"] [data-block-handle]`;

/** Focuses the canvas block of element `id` on the next frame (after a move, copy or delete). */
export function focusBlock(id: string | null): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(blockSelector(id))?.focus());
}

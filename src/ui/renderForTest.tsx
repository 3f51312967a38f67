import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach } from 'vitest';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

const mounted = new Map<HTMLElement, Root>();

afterEach(() => {
  for (const host of [...mounted.keys()]) unmountForTest(host);
});

/**
 * Renders into a fresh element in the document, or again into `host` (one it returned), and
 * returns the element; it is unmounted after the test.
 */
export function renderForTest(node: ReactNode, host?: HTMLElement): HTMLElement {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  const target = host ?? document.body.appendChild(document.createElement('div'));
  const root = mounted.get(target) ?? createRoot(target);
  mounted.set(target, root);
  act(() => root.render(node));
  return target;
}

/** Unmounts and removes an element `renderForTest` returned, before the test ends. */
export function unmountForTest(host: HTMLElement): void {
  const root = mounted.get(host);
  mounted.delete(host);
  if (root) act(() => root.unmount());
  host.remove();
}

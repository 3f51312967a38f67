import { lazy } from 'react';
import type * as BlockInspectorModule from './BlockInspector';

/*
 * A block's settings (the markdown editor and its toolbar, the button editors, the rich text
 * inspector) are not on the designer's first screen, which shows the card's: they download
 * when a block is first selected. focusTarget.ts waits for them before it focuses a field.
 */

let loaded = false;
let loading: Promise<typeof BlockInspectorModule> | null = null;

export function loadBlockInspector(): Promise<typeof BlockInspectorModule> {
  loading ??= import('./BlockInspector').then(
    (module) => {
      loaded = true;
      return module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Whether the block inspectors have downloaded (so a selected block's fields render at once). */
export const blockInspectorLoaded = (): boolean => loaded;

export const LazyBlockInspector = lazy(() =>
  loadBlockInspector().then((module) => ({ default: module.BlockInspector })),
);

import { useEffect, useSyncExternalStore } from 'react';

/*
 * The markdown renderer (markdown-it with linkify and entities, Mind's tags, DOMPurify: about
 * 50 KB gzipped) is its own chunk, downloaded when the first markdown is shown rather than on
 * every first visit. renderMarkdown.ts registers itself here when it runs, so a page that
 * always shows markdown (the preview lab, history) imports it and renders at once.
 */

export type RenderMarkdown = (source: string) => string;

let renderer: RenderMarkdown | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Called by renderMarkdown.ts as it is evaluated. */
export function provideMarkdownRenderer(render: RenderMarkdown): void {
  renderer = render;
  listeners.forEach((listener) => listener());
}

/** Downloads the renderer (once); resolves when it is registered. */
export function loadMarkdownRenderer(): Promise<void> {
  loading ??= import('./renderMarkdown').then(
    () => undefined,
    (error: unknown) => {
      // A failed download (offline, a deploy in between) is tried again next time.
      loading = null;
      throw error;
    },
  );
  return loading;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const current = () => renderer;

/** The renderer, or null while it downloads (the component renders again once it is there). */
export function useMarkdownRenderer(): RenderMarkdown | null {
  const render = useSyncExternalStore(subscribe, current, current);
  useEffect(() => {
    if (!render) loadMarkdownRenderer().catch(() => undefined);
  }, [render]);
  return render;
}

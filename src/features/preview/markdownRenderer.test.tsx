import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderForTest } from '../../ui/renderForTest';

describe('the markdown renderer, downloaded on demand', () => {
  it('shows the source as text until the renderer has loaded, then the sanitised HTML', async () => {
    // A fresh module registry: the renderer the test setup registered is not in it, as in a
    // browser that has not downloaded it yet.
    vi.resetModules();
    const { MarkdownView } = await import('./MarkdownView');
    const { loadMarkdownRenderer } = await import('./markdownRenderer');
    const source = '**bold** <img src=x onerror=alert(1)>';
    const host = renderForTest(<MarkdownView source={source} />);
    const pending = host.querySelector('.mp-md-pending');
    expect(pending?.textContent).toBe(source);
    expect(host.querySelector('strong, img')).toBeNull();

    await act(() => loadMarkdownRenderer());
    expect(host.querySelector('.mp-md-pending')).toBeNull();
    expect(host.querySelector('.mp-md strong')?.textContent).toBe('bold');
    // Raw HTML stays text, as the renderer makes it.
    expect(host.querySelector('img, [onerror]')).toBeNull();
    expect(host.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('downloads once for any number of markdown blocks', async () => {
    vi.resetModules();
    const { loadMarkdownRenderer } = await import('./markdownRenderer');
    const first = loadMarkdownRenderer();
    expect(loadMarkdownRenderer()).toBe(first);
    await first;
  });
});

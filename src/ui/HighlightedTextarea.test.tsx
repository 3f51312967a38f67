import { act, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { HighlightedTextarea, type TextHighlight } from './HighlightedTextarea';
import { renderForTest } from './renderForTest';

/** The layer, once its code (loaded when there is first something to mark) is there. */
async function layerOf(view: HTMLElement): Promise<HTMLElement> {
  return vi.waitFor(
    async () => {
      await act(async () => {});
      const layer = view.querySelector<HTMLElement>('.ui-highlighted__layer');
      if (!layer) throw new Error('no layer yet');
      return layer;
    },
    { timeout: 5000 },
  );
}

async function render(value: string, highlights: TextHighlight[]) {
  const host = renderForTest(
    <HighlightedTextarea
      aria-label="Message"
      value={value}
      highlights={highlights}
      onChange={() => {}}
    />,
  );
  const area = host.querySelector('textarea');
  if (!area) throw new Error('not drawn');
  return { host, area, layer: await layerOf(host) };
}

const mark = (start: number, end: number, className = 'm'): TextHighlight => ({
  start,
  end,
  className,
});

describe('HighlightedTextarea', () => {
  it('draws the marks over the same text, hidden from assistive technology', async () => {
    const { area, layer } = await render('Hi {{name}}, {{x', [mark(3, 11), mark(13, 16, 'm bad')]);
    expect(area.value).toBe('Hi {{name}}, {{x');
    expect(area.getAttribute('aria-label')).toBe('Message');
    expect(layer.getAttribute('aria-hidden')).toBe('true');
    expect(
      [...layer.querySelectorAll('span')].map((span) => [span.className, span.textContent]),
    ).toEqual([
      ['m', '{{name}}'],
      ['m bad', '{{x'],
    ]);
    // The layer's text is the text area's, character for character (plus one zero-width space,
    // so that a final line break makes a line as it does in the text area).
    expect(layer.textContent).toBe('Hi {{name}}, {{x\u200b');
  });

  it('leaves out spans that overlap, are empty or run past the text', async () => {
    const { layer } = await render('abcdef', [mark(0, 2), mark(1, 3), mark(3, 3), mark(4, 9)]);
    expect([...layer.querySelectorAll('span')].map((span) => span.textContent)).toEqual(['ab']);
    expect(layer.textContent).toBe('abcdef\u200b');
  });

  it('no layer while there is nothing to mark', async () => {
    const { host, area } = await render('a {{b}}', [mark(2, 7)]);
    expect(area.parentElement?.querySelector('.ui-highlighted__layer')).not.toBeNull();
    renderForTest(
      <HighlightedTextarea
        aria-label="Message"
        value="plain"
        highlights={[]}
        onChange={() => {}}
      />,
      host,
    );
    expect(host.querySelector('.ui-highlighted__layer')).toBeNull();
    expect(host.querySelector('textarea')).toBe(area);
  });

  it('follows the text area: its scroll, and its text as it changes', async () => {
    let set: (value: string) => void = () => {};
    function Editor() {
      const [value, setValue] = useState('a {{b}}');
      set = setValue;
      const start = value.indexOf('{{');
      return (
        <HighlightedTextarea
          aria-label="Message"
          value={value}
          highlights={start < 0 ? [] : [mark(start, start + 5)]}
          onChange={(event) => setValue(event.target.value)}
        />
      );
    }
    const host = renderForTest(<Editor />);
    const area = host.querySelector('textarea');
    if (!area) throw new Error('not drawn');
    const layer = await layerOf(host);
    act(() => set('line\nline\n{{b}} at the end\n'));
    expect(layer.querySelector('span')?.textContent).toBe('{{b}}');
    expect(layer.textContent).toBe('line\nline\n{{b}} at the end\n\u200b');
    area.scrollTop = 40;
    act(() => area.dispatchEvent(new Event('scroll')));
    expect(layer.scrollTop).toBe(area.scrollTop);
    // The text area is the same element throughout: focus and selection are never lost.
    expect(host.querySelector('textarea')).toBe(area);
  });
});

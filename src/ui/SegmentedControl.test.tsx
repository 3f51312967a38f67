import { act, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderForTest } from './renderForTest';
import { SegmentedControl } from './SegmentedControl';

type Size = 'small' | 'medium' | 'large';

function Sizes({ onChange }: { onChange?: (value: Size) => void }) {
  const [value, setValue] = useState<Size>('medium');
  return (
    <SegmentedControl
      aria-label="Size"
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange?.(next);
      }}
      options={[
        { value: 'small', label: 'S', 'aria-label': 'Small' },
        { value: 'medium', label: 'M', 'aria-label': 'Medium' },
        { value: 'large', label: 'L', 'aria-label': 'Large' },
      ]}
    />
  );
}

const radios = (view: HTMLElement) => [...view.querySelectorAll<HTMLElement>('[role="radio"]')];
const checkedName = (view: HTMLElement) =>
  radios(view)
    .find((radio) => radio.getAttribute('aria-checked') === 'true')
    ?.getAttribute('aria-label');

/** Presses a key on the focused element. */
async function press(key: string) {
  act(() => {
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

describe('SegmentedControl', () => {
  it('is a named radio group with its choice checked and the only Tab stop', () => {
    const view = renderForTest(<Sizes />);
    const group = view.querySelector('[role="radiogroup"]')!;
    expect(group.getAttribute('aria-label')).toBe('Size');
    expect(radios(view).map((radio) => radio.getAttribute('aria-label'))).toEqual([
      'Small',
      'Medium',
      'Large',
    ]);
    expect(checkedName(view)).toBe('Medium');
    expect(radios(view).map((radio) => radio.tabIndex)).toEqual([-1, 0, -1]);
  });

  it('arrow keys move the choice, wrapping at the ends', async () => {
    const chosen: Size[] = [];
    const view = renderForTest(<Sizes onChange={(value) => chosen.push(value)} />);
    act(() => radios(view)[1]!.focus());
    await press('ArrowRight');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Large');
    expect(checkedName(view)).toBe('Large');
    await press('ArrowRight');
    expect(checkedName(view)).toBe('Small');
    await press('ArrowLeft');
    expect(checkedName(view)).toBe('Large');
    expect(chosen).toEqual(['large', 'small', 'large']);
  });

  it('a click chooses', () => {
    const view = renderForTest(<Sizes />);
    act(() => radios(view)[0]!.click());
    expect(checkedName(view)).toBe('Small');
  });
});

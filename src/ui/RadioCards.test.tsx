import { Bot, MessagesSquare, Users } from 'lucide-react';
import { act, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { RadioCards } from './RadioCards';
import { renderForTest } from './renderForTest';

type Channel = 'subscribers' | 'robot' | 'group';

function Channels({ onChange }: { onChange?: (value: Channel) => void }) {
  const [value, setValue] = useState<Channel>('subscribers');
  return (
    <RadioCards
      aria-label="Channel"
      columns="three"
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange?.(next);
      }}
      cards={[
        { value: 'subscribers', icon: Users, label: 'Subscribers', hint: 'One, a list or all' },
        { value: 'robot', icon: Bot, label: 'Robot to people', hint: 'A list' },
        { value: 'group', icon: MessagesSquare, label: 'Robot to a group', hint: 'One group' },
      ]}
    />
  );
}

const radios = (view: HTMLElement) => [...view.querySelectorAll<HTMLElement>('[role="radio"]')];
const label = (radio: Element | null) =>
  document.getElementById(radio?.getAttribute('aria-labelledby') ?? '')?.textContent;
const checkedLabel = (view: HTMLElement) =>
  label(radios(view).find((radio) => radio.getAttribute('aria-checked') === 'true') ?? null);

/** A key pressed and let go at once, as a quick hand or a test robot does. */
async function press(key: string) {
  act(() => {
    const target = document.activeElement!;
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true }));
  });
  // Whatever a timer would do after the key went up has been done.
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

describe('RadioCards', () => {
  it('is a named radio group; the checked card, described by its hint, is the only Tab stop', () => {
    const view = renderForTest(<Channels />);
    expect(view.querySelector('[role="radiogroup"]')?.getAttribute('aria-label')).toBe('Channel');
    expect(radios(view).map(label)).toEqual(['Subscribers', 'Robot to people', 'Robot to a group']);
    expect(radios(view).map((radio) => radio.tabIndex)).toEqual([0, -1, -1]);
    const hint = radios(view)[0]!.getAttribute('aria-describedby');
    expect(document.getElementById(hint ?? '')?.textContent).toBe('One, a list or all');
  });

  it('an arrow checks the card it moves the focus to, even when the key is let go at once', async () => {
    const chosen: Channel[] = [];
    const view = renderForTest(<Channels onChange={(value) => chosen.push(value)} />);
    act(() => radios(view)[0]!.focus());
    for (const [key, expected] of [
      ['ArrowRight', 'Robot to people'],
      ['ArrowDown', 'Robot to a group'],
      ['ArrowRight', 'Subscribers'],
      ['ArrowLeft', 'Robot to a group'],
      ['Home', 'Subscribers'],
      ['End', 'Robot to a group'],
    ] as const) {
      await press(key);
      expect(label(document.activeElement)).toBe(expected);
      expect(checkedLabel(view)).toBe(expected);
    }
    expect(chosen).toEqual(['robot', 'group', 'subscribers', 'group', 'subscribers', 'group']);
    expect(radios(view).map((radio) => radio.tabIndex)).toEqual([-1, -1, 0]);
  });

  it('a click checks a card; Enter does not', async () => {
    const view = renderForTest(<Channels />);
    act(() => radios(view)[1]!.click());
    expect(checkedLabel(view)).toBe('Robot to people');
    act(() => radios(view)[2]!.focus());
    await press('Enter');
    expect(checkedLabel(view)).toBe('Robot to people');
  });
});

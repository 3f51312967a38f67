import '../../app/i18n';
import i18next from 'i18next';
import { act, useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderForTest } from '../../ui/renderForTest';
import { MarkdownEditor } from './MarkdownEditor';

const changes: { value: string; cause: string }[] = [];

beforeAll(async () => {
  await i18next.changeLanguage('en');
});

afterEach(() => {
  changes.length = 0;
});

function Harness({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return (
    <MarkdownEditor
      label="Text"
      value={value}
      onChange={(next, cause) => {
        changes.push({ value: next, cause });
        setValue(next);
      }}
    />
  );
}

function render(initial: string) {
  const host = renderForTest(<Harness initial={initial} />);
  const textarea = host.querySelector('textarea');
  if (!textarea) throw new Error('no textarea');
  return { host, textarea };
}

const button = (container: HTMLElement, name: string): HTMLButtonElement => {
  const found = container.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`);
  if (!found) throw new Error(`no button ${name}`);
  return found;
};

describe('MarkdownEditor', () => {
  it('has a labelled toolbar with every command of the dialect', () => {
    const { host } = render('');
    const toolbar = host.querySelector('[role="toolbar"]');
    expect(toolbar?.getAttribute('aria-label')).toBe('Markdown formatting');
    const names = [...(toolbar?.querySelectorAll('button') ?? [])].map((item) =>
      item.getAttribute('aria-label'),
    );
    expect(names).toEqual([
      'Bold',
      'Italic',
      'Link',
      'Font colour',
      'Small text',
      'Limit to a number of lines',
    ]);
  });

  it('makes the selection bold from the toolbar, as a format change', () => {
    const { host, textarea } = render('say hello');
    textarea.setSelectionRange(4, 9);
    act(() => button(host, 'Bold').click());
    expect(changes).toEqual([{ value: 'say **hello**', cause: 'format' }]);
    expect(textarea.value).toBe('say **hello**');
    expect([textarea.selectionStart, textarea.selectionEnd]).toEqual([6, 11]);
  });

  it('wraps small text, and Ctrl+I makes italic', () => {
    const { host, textarea } = render('tiny');
    textarea.setSelectionRange(0, 4);
    act(() => button(host, 'Small text').click());
    expect(textarea.value).toBe('<small>tiny</small>');
    act(() => {
      textarea.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'i', ctrlKey: true, bubbles: true }),
      );
    });
    expect(textarea.value).toBe('<small>*tiny*</small>');
  });

  it('opens the link form with Ctrl+K, its popover downloaded on that first open, and applies it', async () => {
    const { host, textarea } = render('see docs');
    const linkForm = () => document.querySelector<HTMLFormElement>('form[aria-label="Link"]');
    expect(linkForm()).toBeNull();
    expect(button(host, 'Link').getAttribute('aria-expanded')).toBe('false');
    textarea.setSelectionRange(4, 8);
    act(() => {
      textarea.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true }),
      );
    });
    await vi.waitFor(() => expect(linkForm()).not.toBeNull());
    expect(button(host, 'Link').getAttribute('aria-expanded')).toBe('true');
    const address = linkForm()?.querySelector('input');
    if (!address) throw new Error('no address field');
    act(() => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setValue?.call(address, 'https://example.com/d');
      address.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => linkForm()?.requestSubmit());
    expect(textarea.value).toBe('see [docs](https://example.com/d)');
    await vi.waitFor(() => expect(linkForm()).toBeNull());
  });
});

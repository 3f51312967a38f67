import '../../app/i18n';
import i18next from 'i18next';
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderForTest } from '../../ui/renderForTest';
import { dismissLoadedCopy, useLoadedCopy } from '../../work/compose/loadIntoCompose';
import { LoadedNotice } from './LoadedNotice';

beforeAll(async () => {
  await i18next.changeLanguage('en');
  await i18next.loadNamespaces('compose');
});

afterEach(() => act(dismissLoadedCopy));

/** The notice over a heading it hands the focus to, holding a copy whose undo is `undo`. */
function render(undo: () => void) {
  act(() =>
    useLoadedCopy.setState({
      loaded: { sendId: 'send-1', createdAt: '2026-12-01T09:00:00Z', wasAll: false, undo },
    }),
  );
  return renderForTest(
    <>
      <LoadedNotice focusAfter={() => document.getElementById('heading')} />
      <h2 id="heading" tabIndex={-1}>
        Message
      </h2>
    </>,
  );
}

/** Presses the button named `name` as Enter or Space on it would: it has the focus, then clicks. */
function press(view: HTMLElement, name: string) {
  const button = [...view.querySelectorAll('button')].find(
    (item) => (item.getAttribute('aria-label') ?? item.textContent) === name,
  );
  expect(button, name).toBeDefined();
  act(() => {
    button?.focus();
    button?.click();
  });
}

describe('the notice of a loaded copy', () => {
  it('dismissed by its ✕, hands the focus to the message, not <body>', () => {
    const view = render(() => {});
    press(view, 'Dismiss');
    expect(view.textContent).not.toContain('Loaded a copy');
    expect(document.activeElement).toBe(view.querySelector('#heading'));
  });

  it('undone, hands the focus to the message too', () => {
    const undo = vi.fn(dismissLoadedCopy);
    const view = render(undo);
    press(view, 'Undo');
    expect(undo).toHaveBeenCalledOnce();
    expect(view.textContent).not.toContain('Loaded a copy');
    expect(document.activeElement).toBe(view.querySelector('#heading'));
  });
});

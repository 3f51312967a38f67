import '../../app/i18n';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { act } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SendOutcome } from '../../api/schemas';
import { renderForTest } from '../../ui/renderForTest';
import { ScheduleActions } from './ScheduleActions';

const NOW = Date.parse('2026-03-02T09:00:00Z');
const SEND_AT = '2026-03-02T09:00:05Z';

const client = new QueryClient({ defaultOptions: { queries: { retry: false, enabled: false } } });

function render(outcome: SendOutcome, lostContact: boolean, host?: HTMLElement): HTMLElement {
  return renderForTest(
    <QueryClientProvider client={client}>
      <ScheduleActions
        id="send-1"
        sendAt={SEND_AT}
        outcome={outcome}
        label="the scheduled Text"
        lostContact={lostContact}
        onCancelled={() => {}}
      />
    </QueryClientProvider>,
    host,
  );
}

const when = (host: HTMLElement) =>
  host.querySelector('[data-testid="scheduled-time"]')?.textContent ?? '';

beforeAll(async () => {
  await i18next.loadNamespaces('history');
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(async () => {
  await act(() => i18next.changeLanguage('en'));
});

describe('a scheduled send’s time in the history, while the server cannot be reached', () => {
  it('says it may be going out once its time has come, and its time again when the server answers', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await act(() => i18next.changeLanguage('en'));
    const host = render('scheduled', true);
    expect(when(host)).toMatch(/^ Goes out /);

    act(() => vi.advanceTimersByTime(5_000));
    expect(when(host)).toMatch(
      /has come: it may be going out now\. This page has lost contact with the server/,
    );
    expect(when(host)).not.toContain('Goes out');
    // Change time and Cancel stay: the server says whether they can still be done.
    expect(host.querySelectorAll('button')).toHaveLength(2);

    render('scheduled', false, host);
    expect(when(host)).toMatch(/^ Goes out /);
  });

  it('in contact, says when it goes out even once that time has passed', () => {
    vi.useFakeTimers({ now: NOW + 60_000, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const host = render('scheduled', false);
    act(() => vi.advanceTimersByTime(1_000));
    expect(when(host)).toMatch(/^ Goes out /);
  });

  it('says it in Chinese', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await act(() => i18next.changeLanguage('zh'));
    const host = render('scheduled', true);
    expect(when(host)).toContain('将于');
    act(() => vi.advanceTimersByTime(5_000));
    expect(when(host)).toMatch(
      /^ 原定.+发出，时间已到：可能正在发出。本页与服务器失去了联系，无法确认。$/,
    );
  });
});

import '../../../app/i18n';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { act } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MessageDetail } from '../../../api/schemas';
import { renderForTest } from '../../../ui/renderForTest';
import { SendResult } from './SendResult';

const NOW = Date.parse('2026-03-02T09:00:00Z');

/** A send to three people scheduled for `sendAt`, as the server last said. */
const scheduled = (sendAt: string): MessageDetail => ({
  id: 'send-1',
  clientId: null,
  msgType: 'text',
  channel: 'subscribers',
  audience: { kind: 'users', count: 3, sample: ['ou_a', 'ou_b', 'ou_c'] },
  outcome: 'scheduled',
  counts: { pending: 1, sent: 0, failed: 0, unknown: 0 },
  progress: { done: 0, total: 1 },
  sender: null,
  sendAt,
  createdAt: '2026-03-02T08:00:00Z',
  updatedAt: '2026-03-02T08:00:00Z',
  content: { text: 'Hello' },
  receiveType: 1,
  recipients: ['ou_a', 'ou_b', 'ou_c'],
  batches: [],
  batchCount: 1,
});

const client = new QueryClient({ defaultOptions: { queries: { retry: false, enabled: false } } });

function render(detail: MessageDetail, lostContact: boolean, host?: HTMLElement): HTMLElement {
  return renderForTest(
    <QueryClientProvider client={client}>
      <SendResult detail={detail} lostContact={lostContact} />
    </QueryClientProvider>,
    host,
  );
}

const text = (host: HTMLElement) =>
  host.querySelector('[data-testid="send-result"] [role="status"]')?.textContent ?? '';

beforeAll(async () => {
  await i18next.loadNamespaces('compose');
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(async () => {
  await act(() => i18next.changeLanguage('en'));
});

describe('a scheduled send while the server cannot be reached', () => {
  it('says it may be going out once its time has come, and the server’s words when it answers', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await act(() => i18next.changeLanguage('en'));
    const sendAt = new Date(NOW + 10_000).toISOString();
    const host = render(scheduled(sendAt), true);
    // Not yet its time: lost contact changes nothing it says.
    expect(text(host)).toMatch(/^ScheduledGoes out to 3 people on /);

    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(text(host)).toMatch(
      /^Its time has come: it may be going out nowIt was to go out to 3 people on .*this page has lost contact with the server: it may be going out now, or may have gone\. This page cannot confirm what was sent until it reaches the server again/,
    );
    expect(text(host)).not.toContain('Goes out to');

    // Contact is back and the server says what happened.
    render(
      {
        ...scheduled(sendAt),
        outcome: 'sent',
        counts: { pending: 0, sent: 1, failed: 0, unknown: 0 },
        progress: { done: 1, total: 1 },
      },
      false,
      host,
    );
    expect(text(host)).toMatch(/^Sent/);
    expect(text(host)).not.toContain('may be going out');
  });

  it('says it in Chinese too, and goes back to the schedule when contact returns before it starts', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await act(() => i18next.changeLanguage('zh'));
    await i18next.loadNamespaces('compose');
    const detail = scheduled(new Date(NOW - 5_000).toISOString());
    const host = render(detail, true);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(text(host)).toMatch(
      /^发送时间已到：可能正在发出原定于.*发给3 人，但本页与服务器失去了联系/,
    );
    expect(text(host)).toContain('在重新连上服务器之前，本页无法确认发送了什么');

    // The server answers and still has it scheduled (say it was down itself): its own words.
    render(detail, false, host);
    expect(text(host)).toMatch(/^已定时将于/);
  });

  it('keeps saying it is scheduled while in contact, even a little after its time', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await act(() => i18next.changeLanguage('en'));
    const host = render(scheduled(new Date(NOW - 1_000).toISOString()), false);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(text(host)).toMatch(/^ScheduledGoes out to 3 people on /);
  });
});

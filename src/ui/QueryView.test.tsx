import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { QueryView } from './QueryView';
import { renderForTest } from './renderForTest';

const view = (query: { data: string[] | undefined; error: Error | null; refetch: () => void }) =>
  renderForTest(
    <QueryView
      query={query}
      loading="Loading…"
      failed={(message) => `Could not load: ${message}`}
      retry="Try again"
      isEmpty={(data) => data.length === 0}
      empty={<p>Nothing yet</p>}
    >
      {(data) => (
        <ul>
          {data.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </QueryView>,
  );

describe('QueryView', () => {
  it('says it is loading until there is data', () => {
    const host = view({ data: undefined, error: null, refetch: () => undefined });
    expect(host.querySelector('[role="status"]')?.textContent).toBe('Loading…');
  });

  it('shows the error with a retry that fetches again, even over older data', () => {
    const refetch = vi.fn();
    const host = view({ data: ['a'], error: new Error('offline'), refetch });
    expect(host.textContent).toContain('Could not load: offline');
    expect(host.querySelector('li')).toBeNull();
    const retry = [...host.querySelectorAll('button')].find(
      (button) => button.textContent === 'Try again',
    );
    act(() => retry?.click());
    expect(refetch).toHaveBeenCalledOnce();
  });

  it('shows the empty state, or the data', () => {
    expect(view({ data: [], error: null, refetch: () => undefined }).textContent).toBe(
      'Nothing yet',
    );
    const host = view({ data: ['a', 'b'], error: null, refetch: () => undefined });
    expect([...host.querySelectorAll('li')].map((item) => item.textContent)).toEqual(['a', 'b']);
  });
});

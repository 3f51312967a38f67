import '../app/i18n';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { act, useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ServerStatus } from '../api/schemas';
import { renderForTest } from '../ui/renderForTest';
import { FieldsMenu } from './FieldsMenuButton';
import { usePersonal } from './personalStore';

beforeAll(async () => {
  await i18next.changeLanguage('en');
  await i18next.loadNamespaces('personal');
});

afterEach(() => {
  usePersonal.setState({ table: null, policies: {}, previewId: null });
});

const status = (directoryFields: string[]): ServerStatus => ({
  mode: 'sandbox',
  appId: null,
  version: '0',
  batchSize: 100,
  authRequired: false,
  assetBase: '',
  mindRatePerSecond: 20,
  maxContentBytes: 30_720,
  directoryFields,
  directorySize: 12,
});

function render(
  initial: string,
  { type = 'text', json = false }: { type?: 'text' | 'url'; json?: boolean } = {},
) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(['status'], status(['name', 'department', 'desk', '工位']));
  const seen: string[] = [];
  function Target() {
    const [value, setValue] = useState(initial);
    const change = (next: string) => {
      seen.push(next);
      setValue(next);
    };
    return (
      <>
        <input
          id="target"
          type={type}
          aria-label="Title"
          value={value}
          onChange={(event) => change(event.target.value)}
        />
        <FieldsMenu
          targetId="target"
          value={value}
          onChange={change}
          target="Title"
          compact
          {...(json ? { insertion: quoted } : {})}
        />
      </>
    );
  }
  const view = renderForTest(
    <QueryClientProvider client={client}>
      <Target />
    </QueryClientProvider>,
  );
  return { view, seen };
}

/** As the designer's JSON value field gives it (designer/model/jsonInsertion, tested there). */
const quoted = (text: string, at: number, placeholder: string) =>
  (text.slice(0, at).match(/"/g) ?? []).length % 2 ? placeholder : `"${placeholder}"`;

const loadList = (columns: string[]) =>
  act(() => usePersonal.setState({ table: { source: 'a.csv', columns, rows: [], problems: [] } }));

async function choose(view: HTMLElement, label: string) {
  const trigger = view.querySelector<HTMLButtonElement>('[data-testid="fields-menu"]');
  if (!trigger) throw new Error('no Fields menu');
  expect(trigger.getAttribute('aria-label')).toBe('Fields for Title');
  await act(async () => {
    trigger.focus();
    trigger.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
  // The menu's code downloads on the first press (src/ui/Menu.tsx): wait for its items.
  const items = await vi.waitFor(
    async () => {
      await act(async () => {});
      const found = [...document.querySelectorAll<HTMLElement>('[role="menuitem"]')];
      if (!found.length) throw new Error('the menu is not open yet');
      return found;
    },
    { timeout: 5000 },
  );
  const item = items.find((node) => node.textContent === label);
  if (!item)
    throw new Error(`no item "${label}" in ${items.map((node) => node.textContent).join(' | ')}`);
  await act(async () => {
    item.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
  return items.map((node) => node.textContent);
}

describe('the Fields menu beside a field', () => {
  it('shows only while a list with fields is loaded', () => {
    const { view } = render('Hello');
    expect(view.querySelector('[data-testid="fields-menu"]')).toBeNull();
    loadList(['room']);
    expect(view.querySelector('[data-testid="fields-menu"]')).not.toBeNull();
  });

  it("offers the list's columns, then every directory column the list has not", async () => {
    const { view, seen } = render('Hello ');
    loadList(['room', 'name']);
    const input = view.querySelector('input');
    input?.setSelectionRange(6, 6);
    const items = await choose(view, 'Insert {{desk}} (from the directory)');
    expect(items).toEqual([
      'Insert {{room}}',
      'Insert {{name}}',
      'Insert {{department}} (from the directory)',
      'Insert {{desk}} (from the directory)',
      'Insert {{工位}} (from the directory)',
    ]);
    expect(seen.at(-1)).toBe('Hello {{desk}}');
  });

  it('inserts at the cursor, replacing the selection', async () => {
    const { view, seen } = render('Room X, floor 2');
    loadList(['room']);
    view.querySelector('input')?.setSelectionRange(5, 6);
    await choose(view, 'Insert {{room}}');
    expect(seen.at(-1)).toBe('Room {{room}}, floor 2');
  });

  it('an address field (no cursor to read) gets the field at the end', async () => {
    const { view, seen } = render('https://rooms.example/', { type: 'url' });
    loadList(['room']);
    await choose(view, 'Insert {{room}}');
    expect(seen.at(-1)).toBe('https://rooms.example/{{room}}');
  });

  it('what goes in is the insertion given (a JSON value quotes it outside a string)', async () => {
    const { view, seen } = render('{"card": "$card_id", "who": }', { json: true });
    loadList(['name']);
    view.querySelector('input')?.setSelectionRange(28, 28);
    await choose(view, 'Insert {{name}}');
    expect(seen.at(-1)).toBe('{"card": "$card_id", "who": "{{name}}"}');
    const input = view.querySelector('input');
    input?.setSelectionRange(29, 29);
    await choose(view, 'Insert {{desk}} (from the directory)');
    expect(seen.at(-1)).toBe('{"card": "$card_id", "who": "{{desk}}{{name}}"}');
  });
});

import '../../../app/i18n';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { act, useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderForTest } from '../../../ui/renderForTest';
import { OnePersonField } from './OnePersonField';

beforeAll(async () => {
  await i18next.changeLanguage('en');
  await i18next.loadNamespaces('compose');
});

const WANG = 'ou_6a5905698688e15e8f9b63c1043d1ee9';

function Picked() {
  const [person, setPerson] = useState<{ id: string; name: string | null }>({
    id: WANG,
    name: '王芳',
  });
  return (
    <OnePersonField
      id={person.id}
      name={person.name}
      onChange={(id, name = null) => setPerson({ id, name })}
      onPasteMany={() => {}}
    />
  );
}

describe('one person, picked', () => {
  it('removed by its button, hands the focus to the search that takes its place', () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    // No directory: nothing to look up, and no request leaves the test.
    client.setQueryData(['status'], { directorySize: 0 });
    const view = renderForTest(
      <QueryClientProvider client={client}>
        <Picked />
      </QueryClientProvider>,
    );
    const remove = view.querySelector<HTMLButtonElement>(
      'button[aria-label="Remove 王芳 and choose someone else"]',
    );
    expect(remove).not.toBeNull();
    act(() => {
      remove?.focus();
      remove?.click();
    });
    const search = view.querySelector('input[role="combobox"]');
    expect(search).not.toBeNull();
    expect((search as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(search);
  });
});

import '../../../app/i18n';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { act, useState, type ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { directoryOptions } from '../../../api/directory';
import { renderForTest } from '../../../ui/renderForTest';
import { OnePersonField } from './OnePersonField';

beforeAll(async () => {
  await i18next.changeLanguage('en');
  await i18next.loadNamespaces('compose');
});

const WANG = 'ou_6a5905698688e15e8f9b63c1043d1ee9';

function Picked({ id = WANG, name = '王芳' }: { id?: string; name?: string | null }) {
  const [person, setPerson] = useState<{ id: string; name: string | null }>({ id, name });
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
    const view = render(<Picked />);
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

  for (const how of ['Enter', 'a click'] as const) {
    it(`picked from the matches with ${how}, hands the focus to the person’s remove button`, () => {
      // “王芳” typed: the directory's answer is there already, so no request leaves the test.
      const view = render(<Picked id="王芳" name={null} />);
      const search = view.querySelector<HTMLInputElement>('input[role="combobox"]');
      act(() => search?.focus());
      const option = view.querySelector<HTMLElement>('[role="option"]');
      expect(option?.textContent).toContain('王芳');
      act(() => {
        if (how === 'Enter')
          search?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        else option?.click();
      });
      expect(view.querySelector('[data-testid="picked-person"]')?.textContent).toContain(WANG);
      expect(document.activeElement?.getAttribute('aria-label')).toBe(
        'Remove 王芳 and choose someone else',
      );
    });
  }
});

/** The field in a query client that knows the directory's answer for “王芳”. */
function render(node: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  // A directory whose one match is known: nothing to fetch.
  client.setQueryData(['status'], { directorySize: 0 });
  client.setQueryData(directoryOptions('王芳', 8).queryKey, {
    people: [{ id: WANG, name: '王芳', department: 'Sales' }],
  });
  return renderForTest(<QueryClientProvider client={client}>{node}</QueryClientProvider>);
}

import '../../app/i18n';
import i18next from 'i18next';
import { act, useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderForTest } from '../../ui/renderForTest';
import { EventPanel } from './EventPanel';
import type { PreviewAction } from './previewContext';

beforeAll(async () => {
  await i18next.changeLanguage('en');
  await i18next.loadNamespaces('preview');
});

function Panel() {
  const [action, setAction] = useState<PreviewAction | null>({
    kind: 'view',
    label: 'Open',
    url: 'https://example.com',
  });
  return <EventPanel action={action} onClear={() => setAction(null)} />;
}

describe('the button events panel', () => {
  it('cleared by its button, keeps the focus (the button is gone), not <body>', () => {
    const view = renderForTest(<Panel />);
    const clear = view.querySelector<HTMLButtonElement>('button[aria-label="Clear"]');
    expect(clear).not.toBeNull();
    act(() => {
      clear?.focus();
      clear?.click();
    });
    expect(view.querySelector('button[aria-label="Clear"]')).toBeNull();
    expect(document.activeElement).toBe(view.querySelector('section[aria-label="Button events"]'));
  });
});

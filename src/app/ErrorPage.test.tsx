import './i18n';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderForTest, unmountForTest } from '../ui/renderForTest';
import { ErrorPage } from './ErrorPage';

beforeAll(async () => {
  await i18next.changeLanguage('en');
});

function textOf(error: Error): string {
  const host = renderForTest(<ErrorPage error={error} />);
  const text = host.textContent ?? '';
  unmountForTest(host);
  return text;
}

describe('ErrorPage', () => {
  it('says the app was updated when a part of it can no longer be downloaded', () => {
    for (const message of [
      'Failed to fetch dynamically imported module: http://localhost/assets/DesignerPage-1a2b.js',
      'Importing a module script failed.',
      'Unable to preload CSS for /assets/designer-9f8e.css',
    ]) {
      const text = textOf(new TypeError(message));
      expect(text, message).toContain('Mind Card Studio has been updated');
      expect(text, message).toContain('Reload');
      expect(text, message).not.toContain(message);
    }
  });

  it('shows any other error as a failure of the page, with its message', () => {
    const text = textOf(new Error('Cannot read properties of undefined'));
    expect(text).toContain('Something went wrong on this page');
    expect(text).toContain('Cannot read properties of undefined');
  });
});

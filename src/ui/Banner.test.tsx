import '../app/i18n';
import i18next from 'i18next';
import { act } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Banner } from './Banner';
import { CodeBlock } from './CodeBlock';
import { CopyButton } from './CopyButton';
import { renderForTest } from './renderForTest';

beforeAll(async () => {
  await i18next.changeLanguage('en');
});

describe('Banner', () => {
  it('an error is an alert, other tones a status, unless told otherwise', () => {
    const view = renderForTest(
      <>
        <Banner tone="error">Refused</Banner>
        <Banner tone="warning">Careful</Banner>
        <Banner>Loaded</Banner>
        <Banner tone="success">Saved</Banner>
        <Banner tone="warning" role="alert">
          Lost
        </Banner>
      </>,
    );
    const roles = [...view.querySelectorAll('.ui-banner')].map((banner) => [
      banner.textContent,
      banner.getAttribute('role'),
    ]);
    expect(roles).toEqual([
      ['Refused', 'alert'],
      ['Careful', 'status'],
      ['Loaded', 'status'],
      ['Saved', 'status'],
      ['Lost', 'alert'],
    ]);
  });

  it('shows its action after the message', () => {
    const view = renderForTest(
      <Banner action={<button type="button">Undo</button>}>Deleted</Banner>,
    );
    expect(view.querySelector('.ui-banner > button')?.textContent).toBe('Undo');
  });
});

describe('CodeBlock', () => {
  it('is a focusable, named block of the code as written', () => {
    const view = renderForTest(<CodeBlock code={'{\n  "a": 1\n}'} label="Card JSON" />);
    const block = view.querySelector('pre')!;
    expect(block.tabIndex).toBe(0);
    expect(block.getAttribute('aria-label')).toBe('Card JSON');
    expect(block.textContent).toBe('{\n  "a": 1\n}');
    expect(view.querySelector('button')).toBeNull();
  });

  it('with a CopyButton, copies its code and says so', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const view = renderForTest(
      <CodeBlock code="SELECT 1" label="Query" action={<CopyButton text="SELECT 1" />} />,
    );
    const button = view.querySelector('button')!;
    expect(button.textContent).toBe('Copy');
    await act(async () => button.click());
    expect(writeText).toHaveBeenCalledWith('SELECT 1');
    expect(button.textContent).toBe('Copied');
    vi.unstubAllGlobals();
  });
});

import '../../app/i18n';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18next from 'i18next';
import { act } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import seed from '../../../fixtures/seed/rich_text.content.json';
import type { RichTextDoc } from '../../mind';
import { renderForTest, unmountForTest } from '../../ui/renderForTest';
import { LazyRichTextEditor } from './LazyRichTextEditor';
import type { RichTextEditorProps, RichTextHandle } from './RichTextEditor';

beforeAll(async () => {
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));
  await i18next.changeLanguage('en');
});

function render(props: RichTextEditorProps) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const draw = (next: RichTextEditorProps, host?: HTMLElement) =>
    renderForTest(
      <QueryClientProvider client={client}>
        <LazyRichTextEditor {...next} />
      </QueryClientProvider>,
      host,
    );
  const view = draw(props);
  return { view, rerender: (next: RichTextEditorProps) => draw(next, view) };
}

/** Lets React settle in short acts until the lazily loaded editor shows its textbox. */
async function editorOf(view: HTMLElement): Promise<HTMLElement> {
  for (let attempt = 0; attempt < 150; attempt += 1) {
    const editor = view.querySelector<HTMLElement>('[role="textbox"]');
    if (editor) return editor;
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
  }
  throw new Error('The editor did not appear');
}

// The first test pays for importing TipTap into the test runner.
describe('LazyRichTextEditor', { timeout: 20_000 }, () => {
  it('shows a named placeholder, then the editor, and loading changes nothing', async () => {
    const onChange = vi.fn();
    const { view } = render({ value: seed as RichTextDoc, onChange, label: 'Body' });
    expect(view.querySelector('[role="status"]')?.getAttribute('aria-label')).toBe('Body');
    const editor = await editorOf(view);
    expect(editor.getAttribute('aria-label')).toBe('Body');
    expect(editor.querySelector('h1')?.textContent).toBe('一级标题 (#空格)');
    expect(view.querySelector('[role="toolbar"]')?.getAttribute('aria-label')).toBe('Formatting');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('leaves undo and redo to the designer when compact', async () => {
    const buttons = async (compact: boolean) => {
      const { view } = render({ value: [], onChange: vi.fn(), label: 'Body', compact });
      await editorOf(view);
      const names = [...view.querySelectorAll('[role="toolbar"] button')].map((button) =>
        button.getAttribute('aria-label'),
      );
      unmountForTest(view);
      return names;
    };
    const full = await buttons(false);
    expect(full).toEqual(expect.arrayContaining(['Undo', 'Redo', 'Bold']));
    const compact = await buttons(true);
    expect(compact).toContain('Bold');
    expect(compact).not.toContain('Undo');
    expect(compact).not.toContain('Redo');
  });

  it('says which loaded parts are kept locked', async () => {
    const { view } = render({
      value: [
        { type: 'blockquote', content: [] },
        { type: 'paragraph', content: [{ type: 'text', marks: [{ type: 'strike' }], text: 's' }] },
      ],
      onChange: vi.fn(),
      label: 'Body',
    });
    await editorOf(view);
    const notice = view.querySelector('[data-testid="kept-notice"]');
    expect(notice?.textContent).toContain('blockquote');
    expect(notice?.textContent).toContain('strike (text style)');
    expect(view.querySelector('.rt-kept')?.textContent).toContain('Kept as it is: blockquote');
  });

  it('follows a new value from outside without reporting it back as an edit', async () => {
    const onChange = vi.fn();
    const { view, rerender } = render({ value: [], onChange, label: 'Body' });
    const editor = await editorOf(view);
    rerender({
      value: [{ type: 'paragraph', content: [{ type: 'text', text: 'From outside' }] }],
      onChange,
      label: 'Body',
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(editor.textContent).toBe('From outside');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('hands out a handle that inserts text at the cursor as an edit, and takes it back', async () => {
    const onChange = vi.fn();
    const handles: (RichTextHandle | null)[] = [];
    const value: RichTextDoc = [
      { type: 'paragraph', content: [{ type: 'text', text: 'Hello ' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Second' }] },
    ];
    const { view } = render({
      value,
      onChange,
      label: 'Body',
      onHandle: (handle) => handles.push(handle),
    });
    const editor = await editorOf(view);
    expect(handles).toHaveLength(1);
    // The cursor starts at the start of the document.
    act(() => handles[0]?.insertText('{{name}}'));
    expect(onChange).toHaveBeenLastCalledWith([
      { type: 'paragraph', content: [{ type: 'text', text: '{{name}}Hello ' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Second' }] },
    ]);
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(document.activeElement).toBe(editor);
    unmountForTest(view);
    expect(handles.at(-1)).toBeNull();
  });
});

import '../../../app/i18n';
import i18next from 'i18next';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { MessagePreview } from '../MessagePreview';
import { markdownToHtml } from '../renderMarkdown';
import { auditPreviewDom } from './auditPreviewDom';
import { HOSTILE_CORPUS } from './hostileCorpus';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

beforeAll(async () => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  await i18next.changeLanguage('en');
});

const markdownSources = (content: unknown): string[] => {
  const sources: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (record.tag === 'markdown' && typeof record.content === 'string') sources.push(record.content);
      if (typeof record.text === 'string' && !('type' in record)) sources.push(record.text);
      Object.values(record).forEach(visit);
    }
  };
  visit(content);
  return sources;
};

const ALLOWED_TAGS = new Set(['p', 'br', 'strong', 'em', 's', 'a', 'ul', 'ol', 'li', 'code', 'pre', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'span', 'small', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);
const ALLOWED_ATTRIBUTES = new Set(['class', 'style', 'href', 'src', 'alt', 'title', 'start']);

describe('the hostile corpus', () => {
  it('holds at least 50 inputs with unique ids', () => {
    expect(HOSTILE_CORPUS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(HOSTILE_CORPUS.map((input) => input.id)).size).toBe(HOSTILE_CORPUS.length);
  });

  it('is already harmless after the first layer (markdown-it with raw HTML off)', () => {
    for (const input of HOSTILE_CORPUS) {
      for (const source of markdownSources(input.content)) {
        const html = markdownToHtml(source);
        for (const [, tag = '', attributes = ''] of html.matchAll(/<([a-z0-9]+)([^>]*)>/g)) {
          expect(ALLOWED_TAGS.has(tag), `${input.id}: <${tag}>`).toBe(true);
          for (const [, name = '', value = ''] of attributes.matchAll(/\s([a-z-]+)="([^"]*)"/g)) {
            expect(ALLOWED_ATTRIBUTES.has(name), `${input.id}: ${name}`).toBe(true);
            if (name === 'href') expect(value, input.id).toMatch(/^(https?:\/\/|mailto:)/);
            if (name === 'style') expect(value, input.id).not.toMatch(/url|expression|\\|@|position/i);
          }
        }
      }
    }
  });

  // Renders every input of the corpus: about 3 s alone, more on a machine running e2e too.
  it('renders each input with React without anything the audit objects to', { timeout: 20_000 }, () => {
    for (const input of HOSTILE_CORPUS) {
      const host = document.createElement('div');
      const root = createRoot(host);
      act(() => root.render(<MessagePreview assetBase="" message={input} />));
      expect(host.querySelector('[data-testid="message-preview"]'), input.id).not.toBeNull();
      expect(host.querySelector('.mp-failed'), `${input.id} fell back to the error boundary`).toBeNull();
      expect(auditPreviewDom(host), input.id).toEqual([]);
      act(() => root.unmount());
    }
  });
});

describe('auditPreviewDom', () => {
  it('objects to scripts, handlers, unsafe links and styles', () => {
    const host = document.createElement('div');
    host.innerHTML =
      '<script></script><img src="javascript:x" onerror="x"><a href="javascript:x" target="_blank">x</a><span style="background:url(x)"></span><svg></svg>';
    const problems = auditPreviewDom(host);
    expect(problems).toEqual(
      expect.arrayContaining([
        'forbidden element <script>',
        'event handler onerror on <img>',
        'src "javascript:x" on <img>',
        'href "javascript:x" on <a>',
        'link opening a tab without noopener <a>',
        'style "background:url(x)" on <span>',
        'svg that is not an icon <svg>',
      ]),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { createElement } from './createElement';
import { insertElement } from './insertElement';
import { untouchedIssues } from './untouchedIssues';
import { updateElement } from './updateElement';
import { createDocument, emptyCard } from './createDocument';

describe('untouchedIssues', () => {
  it('counts an element as not ready while it is exactly as it was added', () => {
    const markdown = createElement('markdown');
    const buttons = createElement('action');
    let doc = insertElement(createDocument(emptyCard()), markdown, 0, 'm');
    doc = insertElement(doc, buttons, 1, 'b');
    const created = new Map([
      ['m', markdown],
      ['b', buttons],
    ]);
    expect(untouchedIssues(doc, created).map((issue) => [issue.path, issue.severity])).toEqual([
      ['/content/elements/0', 'error'],
      ['/content/elements/1', 'error'],
    ]);

    const typed = updateElement(doc, 0, () => ({ tag: 'markdown', content: 'Hi' }));
    expect(untouchedIssues(typed, created).map((issue) => issue.path)).toEqual([
      '/content/elements/1',
    ]);
    // Undone back to the new element: not ready again.
    expect(untouchedIssues(doc, created)).toHaveLength(2);
    // Elements that were not added here (imported, restored) are never counted.
    expect(untouchedIssues(doc, new Map())).toEqual([]);
  });
});

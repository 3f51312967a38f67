import '../../../app/i18n';
import i18next from 'i18next';
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderForTest } from '../../../ui/renderForTest';
import { useComposeDraft } from '../../../work/compose/composeDraftStore';
import { dismissListChange } from '../../../work/compose/listChange';
import { parseRecipients } from './parseRecipients';
import { RecipientListField } from './RecipientListField';

beforeAll(async () => {
  await i18next.changeLanguage('en');
  await i18next.loadNamespaces('compose');
});

afterEach(() => {
  act(() => {
    useComposeDraft.getState().setList('');
    dismissListChange();
  });
});

function List() {
  const list = useComposeDraft((state) => state.list);
  const setList = useComposeDraft((state) => state.setList);
  return <RecipientListField value={list} onChange={setList} parsed={parseRecipients(list)} />;
}

const GOOD = 'ou_7d8a6e6df7621556ce0d21922b676706';

/** Renders the list holding `ids`, one a line. */
function render(ids: string[]) {
  act(() => useComposeDraft.getState().setList(ids.join('\n')));
  return renderForTest(<List />);
}

/** Presses the remove button of `id` as Enter or Space on it would: it has the focus, then clicks. */
function remove(view: HTMLElement, id: string) {
  const button = view.querySelector<HTMLButtonElement>(`button[aria-label="Remove ${id}"]`);
  expect(button, id).not.toBeNull();
  act(() => {
    button?.focus();
    button?.click();
  });
}

const focused = () =>
  document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName;

describe('removing a problem id by its own button', () => {
  it('moves the focus to the next id’s button, else the previous one’s, else the list', () => {
    const view = render([GOOD, 'wang.fang@example.com', '张伟', 'bad!id']);

    remove(view, 'wang.fang@example.com');
    expect(useComposeDraft.getState().list).toBe([GOOD, '张伟', 'bad!id'].join('\n'));
    expect(focused()).toBe('Remove 张伟');

    remove(view, 'bad!id');
    expect(focused()).toBe('Remove 张伟');

    remove(view, '张伟');
    expect(useComposeDraft.getState().list).toBe(GOOD);
    expect(document.activeElement).toBe(view.querySelector('textarea'));
  });

  it('its notice dismissed, the focus goes to the list, not <body>', () => {
    const view = render([GOOD, 'on_xx']);
    remove(view, 'on_xx');
    const dismiss = view.querySelector<HTMLButtonElement>('button[aria-label="Dismiss"]');
    expect(dismiss).not.toBeNull();
    act(() => {
      dismiss?.focus();
      dismiss?.click();
    });
    expect(view.querySelector('[data-testid="list-change"]')).toBeNull();
    expect(document.activeElement).toBe(view.querySelector('textarea'));
  });

  it('keeps to its own group: the last doubtful id goes to the list, not to a malformed one', () => {
    const view = render(['on_xx', 'bad!id']);
    remove(view, 'on_xx');
    expect(useComposeDraft.getState().list).toBe('bad!id');
    expect(document.activeElement).toBe(view.querySelector('textarea'));
  });
});

import '../../app/i18n';
import i18next from 'i18next';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import seedCard from '../../../fixtures/seed/interactive.card.json';
import { emptyCard } from '../../work/card/model/createDocument';
import { designerActions, designerStore } from '../../work/card/store/useDesignerStore';
import { useComposeDraft } from '../../work/compose/composeDraftStore';
import { ImportDialog } from './ImportDialog';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

let root: Root | undefined;

beforeAll(async () => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  await i18next.changeLanguage('en');
});
beforeEach(() => designerActions().replaceCard(emptyCard()));
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

function render(onClose = vi.fn()) {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root?.render(<ImportDialog onClose={onClose} />));
  const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]')!;
  const textarea = () => dialog().querySelector('textarea')!;
  const openButton = () =>
    [...dialog().querySelectorAll('button')].find((button) =>
      button.textContent?.startsWith('Open'),
    )!;
  const paste = async (text: string) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    await act(async () => {
      setValue?.call(textarea(), text);
      textarea().dispatchEvent(new Event('input', { bubbles: true }));
    });
  };
  return { dialog, paste, openButton, onClose };
}

describe('ImportDialog', () => {
  it('refuses garbage saying where each problem is in words, and changes nothing', async () => {
    const { dialog, paste, openButton } = render();
    await paste('{"header": {"title": {"content": 5}}, "elements": "none"}');
    const refused = dialog().querySelector('[data-testid="import-refused"]');
    expect(refused?.textContent).toContain('This cannot be opened. Nothing was changed');
    // The list downloads with its words when first shown.
    await vi.waitFor(() => expect(refused?.querySelector('.ui-issues__place')).not.toBeNull());
    const places = [...(refused?.querySelectorAll('.ui-issues__place') ?? [])];
    expect(places.map((place) => place.textContent)).toContain("The card's blocks");
    // The JSON pointer stays where engineers look: the place's title, not its text.
    expect(places.map((place) => place.getAttribute('title'))).toContain('/content/elements');
    expect(refused?.textContent).not.toContain('/content/elements');
    // Each problem in plain words, not the validator's ("elements must be array, not string").
    expect(refused?.textContent).toContain('Should be a list in [ ], not text.');
    expect(refused?.textContent).toContain('Should be text, not a number.');
    expect(refused?.textContent).not.toContain('must be');
    expect(openButton().disabled).toBe(true);
    expect(designerStore.getState().doc.card).toEqual(emptyCard());
  });

  it('says what it found and what is kept, then opens it in the designer', async () => {
    const { dialog, paste, openButton, onClose } = render();
    const card = { ...seedCard, card_link: { url: 'https://a.example/' } };
    await paste(JSON.stringify(card));
    const found = dialog().querySelector('[data-testid="import-found"]');
    expect(found?.textContent).toContain('Found a card: a card message.');
    expect(found?.textContent).toContain('3 blocks, 2 buttons.');
    expect(found?.textContent).toContain('It opens in the card designer (/designer).');
    expect(dialog().querySelector('[data-testid="import-kept"]')?.textContent).toContain(
      '1 field the editor does not know is kept exactly as it is, and exported again: /content/card_link',
    );
    expect(openButton().textContent).toBe('Open in the designer');
    await act(async () => openButton().click());
    expect(JSON.stringify(designerStore.getState().doc.card)).toBe(JSON.stringify(card));
    expect(onClose).toHaveBeenCalled();
    expect(window.location.pathname).toBe('/designer');
  });

  it('opens a bare article ({title, body}) in Compose, saying it is an article', async () => {
    const { dialog, paste, openButton } = render();
    await paste(
      JSON.stringify({
        title: '年度福利',
        abstract: '体检',
        body: { content: '各位同事', format: 'text' },
      }),
    );
    const found = dialog().querySelector('[data-testid="import-found"]');
    expect(found?.textContent).toContain('Found an article ({"title", "body"}): an article.');
    expect(found?.textContent).toContain('It opens in Compose (article) (/compose).');
    expect(openButton().textContent).toBe('Open in Compose');
    await act(async () => openButton().click());
    expect(useComposeDraft.getState()).toMatchObject({
      msgType: 'article',
      article: { title: '年度福利', abstract: '体检', thumbUrl: '', body: '各位同事' },
    });
    expect(window.location.pathname).toBe('/compose');
  });
});

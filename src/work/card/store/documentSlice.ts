import type { CardButton, CardElement } from '../../../mind';
import { createDocument, emptyCard } from '../model/createDocument';
import {
  addButton,
  moveButton,
  removeButton,
  setButtonField,
  setButtonKind,
  setButtonLabel,
  setButtonPlatform,
  setButtonValue,
  updateButton,
} from '../model/buttons';
import { duplicateElement } from '../model/duplicateElement';
import { fixIssue } from '../model/fixIssue';
import { insertElement } from '../model/insertElement';
import { moveElement } from '../model/moveElement';
import { newElementId } from '../model/newElementId';
import { setKey } from '../model/objectKeys';
import { removeElement } from '../model/removeElement';
import { setCardKeepingIds } from '../model/setCardKeepingIds';
import { setBusinessType, setConfigFlag } from '../model/setConfigFlag';
import { setHeaderTemplate } from '../model/setHeaderTemplate';
import { setHeaderTitle } from '../model/setHeaderTitle';
import type { DesignerDocument } from '../model/types';
import { updateElement } from '../model/updateElement';
import type { DocumentSlice, GetState, SetState } from './types';

type Update = (doc: DesignerDocument) => DesignerDocument;

/** The document and the verbs that edit it, each a pure model function underneath. */
export function createDocumentSlice(
  set: SetState,
  get: GetState,
  markBurst: (key: string) => void,
): DocumentSlice {
  /** Applies `update`; a burst key groups consecutive keystrokes into one undo step. */
  const apply = (update: Update, burst?: string, selectedId?: string | null) => {
    const doc = get().doc;
    const next = update(doc);
    if (next === doc && selectedId === undefined) return;
    if (burst !== undefined) markBurst(burst);
    set(selectedId === undefined ? { doc: next } : { doc: next, selectedId });
  };
  const indexOf = (id: string) => get().doc.elementIds.indexOf(id);
  const onElement = (id: string, change: (element: CardElement) => CardElement, burst?: string) =>
    apply((doc) => updateElement(doc, doc.elementIds.indexOf(id), change), burst);
  const onButton = (
    id: string,
    index: number,
    change: (button: CardButton) => CardButton,
    burst?: string,
  ) =>
    onElement(
      id,
      (element) => updateButton(element, index, change),
      burst && `${burst}:${id}:${index}`,
    );

  return {
    doc: createDocument(emptyCard()),
    addElement: (element, index) => {
      const id = newElementId();
      apply((doc) => insertElement(doc, element, index, id), undefined, id);
      return id;
    },
    moveElement: (id, toIndex) =>
      apply((doc) => moveElement(doc, doc.elementIds.indexOf(id), toIndex)),
    removeElement: (id) => {
      const { doc, selectedId } = get();
      const index = doc.elementIds.indexOf(id);
      if (index < 0) return;
      const neighbour = doc.elementIds[index + 1] ?? doc.elementIds[index - 1] ?? null;
      apply(
        (current) => removeElement(current, index),
        undefined,
        selectedId === id ? neighbour : selectedId,
      );
    },
    duplicateElement: (id) => {
      const copyId = newElementId();
      if (indexOf(id) < 0) return;
      apply((doc) => duplicateElement(doc, doc.elementIds.indexOf(id), copyId), undefined, copyId);
    },
    setMarkdown: (id, content, typing = true) =>
      onElement(
        id,
        (element) => setKey(element, 'content', content),
        typing ? `markdown:${id}` : undefined,
      ),
    setRichText: (id, content) =>
      onElement(id, (element) => setKey(element, 'content', content), `rich_text:${id}`),
    setHeaderTitle: (title) =>
      apply((doc) => withCard(doc, setHeaderTitle(doc.card, title)), 'title'),
    setHeaderTemplate: (template) =>
      apply((doc) => withCard(doc, setHeaderTemplate(doc.card, template))),
    setConfigFlag: (key, value) =>
      apply((doc) => withCard(doc, setConfigFlag(doc.card, key, value))),
    setBusinessType: (value) =>
      apply((doc) => withCard(doc, setBusinessType(doc.card, value)), 'business_type'),
    addButton: (id, button) => onElement(id, (element) => addButton(element, button)),
    removeButton: (id, index) => onElement(id, (element) => removeButton(element, index)),
    moveButton: (id, from, to) => onElement(id, (element) => moveButton(element, from, to)),
    setButtonLabel: (id, index, label) =>
      onButton(id, index, (button) => setButtonLabel(button, label), 'label'),
    setButtonKind: (id, index, kind) =>
      onButton(id, index, (button) => setButtonKind(button, kind)),
    setButtonTemplate: (id, index, template) =>
      onButton(id, index, (button) => setButtonField(button, 'template', template)),
    setButtonUrl: (id, index, url) =>
      onButton(id, index, (button) => setButtonField(button, 'url', url), 'url'),
    setButtonEvent: (id, index, event) =>
      onButton(id, index, (button) => setButtonField(button, 'event', event), 'event'),
    setButtonValue: (id, index, value) =>
      onButton(id, index, (button) => setButtonValue(button, value), 'value'),
    setButtonPlatform: (id, index, platform) =>
      onButton(id, index, (button) => setButtonPlatform(button, platform)),
    fixIssue: (issue) => apply((doc) => fixIssue(doc, issue)),
    replaceCard: (card) => {
      set({ doc: createDocument(card), selectedId: null });
    },
    setCard: (card) => {
      const next = setCardKeepingIds(get().doc, card);
      const { selectedId } = get();
      apply(
        () => next,
        'json',
        selectedId !== null && !next.elementIds.includes(selectedId) ? null : undefined,
      );
    },
  };
}

const withCard = (doc: DesignerDocument, card: DesignerDocument['card']): DesignerDocument =>
  card === doc.card ? doc : { ...doc, card };

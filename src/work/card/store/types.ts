import type {
  Card,
  CardButton,
  CardConfigKey,
  CardElement,
  MindIssue,
  RichTextDoc,
} from '../../../mind';
import type { ButtonKind, DesignerDocument } from '../model/types';

export interface DocumentSlice {
  /** The card being designed, with designer-only element ids beside it. The undo history tracks this. */
  doc: DesignerDocument;
  /** Inserts an element (at the end when `index` is omitted), selects it and returns its id. */
  addElement: (element: CardElement, index?: number) => string;
  moveElement: (id: string, toIndex: number) => void;
  removeElement: (id: string) => void;
  duplicateElement: (id: string) => void;
  /** Typing groups keystrokes into one undo step; a toolbar command (`typing` false) is a step of its own. */
  setMarkdown: (id: string, content: string, typing?: boolean) => void;
  setRichText: (id: string, content: RichTextDoc) => void;
  setHeaderTitle: (title: string) => void;
  setHeaderTemplate: (template: string) => void;
  setConfigFlag: (key: CardConfigKey, value: boolean) => void;
  /** Sets `config.business_type`; an empty text removes it. */
  setBusinessType: (value: string) => void;
  addButton: (id: string, button: CardButton) => void;
  removeButton: (id: string, index: number) => void;
  moveButton: (id: string, from: number, to: number) => void;
  setButtonLabel: (id: string, index: number, label: string) => void;
  setButtonKind: (id: string, index: number, kind: ButtonKind) => void;
  setButtonTemplate: (id: string, index: number, template: string) => void;
  setButtonUrl: (id: string, index: number, url: string) => void;
  setButtonEvent: (id: string, index: number, event: string) => void;
  /** Sets the click value; `undefined` removes it. */
  setButtonValue: (id: string, index: number, value: unknown) => void;
  /** Sets the button's `action_platform`; `undefined` removes it. */
  setButtonPlatform: (id: string, index: number, platform: string | undefined) => void;
  /** Applies the one-step fix of `issue` (see `isFixable`), one undo step. */
  fixIssue: (issue: MindIssue) => void;
  /** Starts over from `card` (a new card or an example); undoable. */
  replaceCard: (card: Card) => void;
  /**
   * Sets the card from an edit of its JSON: ids kept by position, the selection kept while its
   * element exists, and a burst of typing one undo step.
   */
  setCard: (card: Card) => void;
}

/** On a narrow screen the designer shows one panel at a time. */
export type DesignerPanel = 'build' | 'edit' | 'preview';

export interface SelectionSlice {
  /** The selected element's id; null when the card itself is selected. */
  selectedId: string | null;
  select: (id: string | null) => void;
  /** The button of a button row that was picked on the canvas; null when none is. */
  selectedButton: number | null;
  /** Selects element `id` and its button at `index` (clicked on the canvas). */
  selectButton: (id: string, index: number) => void;
  panel: DesignerPanel;
  showPanel: (panel: DesignerPanel) => void;
}

export interface HistorySlice {
  undo: () => void;
  redo: () => void;
}

export type DesignerState = DocumentSlice & SelectionSlice & HistorySlice;

export type SetState = (
  partial: Partial<DesignerState> | ((state: DesignerState) => Partial<DesignerState>),
) => void;
export type GetState = () => DesignerState;

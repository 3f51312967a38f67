import type { Card } from '../../../mind';

/** What the designer edits: the card in Mind's own format, with designer-only ids beside it. */
export interface DesignerDocument {
  card: Card;
  /** One stable id per `card.elements` entry, same order; never exported. */
  elementIds: string[];
}

/** The element kinds the designer can edit; anything else is shown read-only. */
export type ElementKind = 'markdown' | 'rich_text' | 'action' | 'unknown';

/** The kinds the palette offers. */
export const PALETTE_KINDS = ['markdown', 'rich_text', 'action'] as const;
export type PaletteKind = (typeof PALETTE_KINDS)[number];

export type ButtonKind = 'view' | 'click';

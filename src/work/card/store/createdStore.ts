import { create } from 'zustand';
import type { CardElement } from '../../../mind';
import type { CreatedElements } from '../model/untouchedIssues';

interface CreatedState {
  /** Elements added from the palette in this tab, as they were created, by id. */
  created: CreatedElements;
}

/**
 * What was added in this session, beside the card (never in it, its history or its draft):
 * Checks count an element still exactly as added as not ready, and its fields do not show
 * errors in red before they are touched.
 */
export const createdStore = create<CreatedState>(() => ({ created: new Map() }));

export function rememberCreated(id: string, element: CardElement): void {
  createdStore.setState(({ created }) => ({ created: new Map(created).set(id, element) }));
}

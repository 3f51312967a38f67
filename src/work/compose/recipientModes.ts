/** How compose's draft names its people: one, a pasted list, or every subscriber. */
export const RECIPIENT_MODES = ['one', 'list', 'all'] as const;
export type RecipientMode = (typeof RECIPIENT_MODES)[number];

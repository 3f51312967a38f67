/** A value this app keeps in the browser: where, and which shape of it (a new shape, a new version). */
export interface StoredEntry {
  key: string;
  version: number;
}

/**
 * Every value the app keeps in this browser, drafts and preferences, in one table: a new one is
 * a row here, read and written through `persistOptions` or `storedText` (src/lib/storage).
 */
export const STORED = {
  /** Compose's text, markdown and article drafts and the recipients (src/work/compose). */
  composeDraft: { key: 'mcs.compose.draft', version: 1 },
  /** The rich text draft (src/work/richText). */
  richTextDraft: { key: 'mcs.richtext.draft', version: 1 },
  /** The designer's card (src/work/card). */
  cardDraft: { key: 'mcs.designer.draft', version: 1 },
  /** Which template each editor's work came from (src/work/templateLinks.ts). */
  templateLinks: { key: 'mcs.templates.links', version: 1 },
  /** The person at this browser (src/work/useMe.ts). */
  me: { key: 'mcs.compose.me', version: 1 },
  /** Compose's last send, so the same send again is noticed. */
  lastSend: { key: 'mcs.compose.lastSend', version: 1 },
  /** The theme. */
  preferences: { key: 'mcs.preferences', version: 0 },
  /** The language, as plain text: read before the first render, and by index.html's preloader. */
  language: { key: 'mcs.lang', version: 0 },
  /**
   * That compose held a table of fields (its name and size, never its values), in the tab's
   * session storage (`tabStorage`): after a reload compose says it is gone (src/fields).
   */
  loadedTable: { key: 'mcs.personal.loadedTable', version: 0 },
  /** The preview lab's JSON, as plain text. */
  previewLab: { key: 'mcs.previewLab.text', version: 0 },
} as const satisfies Record<string, StoredEntry>;

export type StoredName = keyof typeof STORED;

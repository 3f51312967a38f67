import { create } from 'zustand';
import type { MessageDetail } from '../../api/schemas';
import { articleFields, isPlainObject } from '../../mind';
import { EDITORS } from '../editors';
import { recipientsCsvPath } from '../../api/recipients';
import { RECIPIENT_OUTCOMES } from '../../api/personal';
import { usePersonal } from '../../fields/personalStore';
import { selectDraft, useComposeDraft, type ComposeDraft } from './composeDraftStore';

export interface LoadedCopy {
  sendId: string;
  createdAt: string;
  /** The copied send went to every subscriber: its recipients were not copied. */
  wasAll: boolean;
  /** Puts back what compose (and the rich text draft or the designer's card) held before. */
  undo: () => void;
}

/** The copy from the history that compose now holds, until dismissed or undone. */
export const useLoadedCopy = create<{ loaded: LoadedCopy | null }>()(() => ({ loaded: null }));

export const dismissLoadedCopy = (): void => useLoadedCopy.setState({ loaded: null });

/** The draft fields a past send fills in: its type, its content, and its recipients. */
export function draftFromSend(detail: MessageDetail): Partial<ComposeDraft> {
  const draft: Partial<ComposeDraft> = { msgType: detail.msgType };
  const text =
    isPlainObject(detail.content) && typeof detail.content.text === 'string'
      ? detail.content.text
      : '';
  if (detail.msgType === 'text') draft.text = text;
  if (detail.msgType === 'markdown') draft.markdown = text;
  if (detail.msgType === 'article') draft.article = articleFields(detail.content);
  if (detail.audience.kind === 'user') {
    Object.assign(draft, { recipientMode: 'one', one: detail.recipients[0] ?? '', oneName: null });
  } else if (detail.audience.kind === 'users') {
    Object.assign(draft, { recipientMode: 'list', list: detail.recipients.join('\n') });
  } else {
    // Never copy "every subscriber": the person chooses the recipients again.
    Object.assign(draft, { recipientMode: 'list', list: '' });
  }
  return draft;
}

/**
 * Puts a past send into compose to send again: the message into its editor (the rich text
 * draft, the designer's card), the recipients into the recipient fields. Undoable.
 */
export function loadIntoCompose(detail: MessageDetail): void {
  const compose = useComposeDraft.getState();
  const before = selectDraft(compose);
  // The two editors outside compose that a copy can fill, as they were.
  const outside = (['rich_text', 'interactive'] as const).map((type) => ({
    editor: EDITORS[type],
    before: EDITORS[type].source(),
  }));

  const personalBefore = usePersonal.getState();
  compose.loadDraft(draftFromSend(detail));
  if (detail.personal) void loadFields(detail.id, detail.personal.missing);
  // The detail holds the first recipients of a long list; the rest come from its ledger.
  // (Its count leaves out the people a personal send skipped; its list and ledger hold them.)
  if (
    detail.audience.kind === 'users' &&
    detail.audience.count + (detail.personal?.skipped ?? 0) > detail.recipients.length
  )
    void loadWholeList(detail.id, useComposeDraft.getState().list);
  if (detail.msgType === 'rich_text' || detail.msgType === 'interactive')
    EDITORS[detail.msgType].load(detail.content);

  useLoadedCopy.setState({
    loaded: {
      sendId: detail.id,
      createdAt: detail.createdAt,
      wasAll: detail.audience.kind === 'all',
      undo: () => {
        useComposeDraft.getState().loadDraft(before);
        for (const { editor, before: content } of outside)
          if (editor.source() !== content) editor.load(content);
        // Through setTable: the tab's note of a loaded table (after a reload) follows it.
        usePersonal.getState().setTable(personalBefore.table);
        usePersonal.setState({ policies: personalBefore.policies });
        dismissLoadedCopy();
      },
    },
  });
}

/**
 * Every recipient of a long list, from the ledger's CSV (`open_id` first, in the list's
 * order), in place of the first ones the detail held, while compose still holds those.
 */
async function loadWholeList(sendId: string, first: string): Promise<void> {
  const response = await fetch(recipientsCsvPath(sendId, RECIPIENT_OUTCOMES), {
    credentials: 'same-origin',
  }).catch(() => null);
  if (!response?.ok) return;
  const { readCsv, columnValues } = await import('../../lib/readCsvColumns');
  const read = readCsv(await response.text());
  if (!read.ok) return;
  const ids = columnValues(read.table, 0, true);
  const compose = useComposeDraft.getState();
  if (useLoadedCopy.getState().loaded?.sendId !== sendId || compose.list !== first) return;
  compose.loadDraft({ list: ids.join('\n') });
}

/**
 * A personal send's list comes back too: every recipient with their values (the ledger's CSV)
 * and the choices for missing values. Without it (the server cannot be read) compose has the
 * message and the recipients, and the fields can be uploaded again.
 */
async function loadFields(
  sendId: string,
  missing: NonNullable<MessageDetail['personal']>['missing'],
): Promise<void> {
  const response = await fetch(recipientsCsvPath(sendId, RECIPIENT_OUTCOMES), {
    credentials: 'same-origin',
  }).catch(() => null);
  if (!response?.ok) return;
  const { readPersonalTable } = await import('../../fields/readPersonalTable');
  const result = readPersonalTable(await response.text(), `send ${sendId.slice(0, 8)}`);
  if (!result.ok) return;
  usePersonal.getState().setTable(result.table);
  usePersonal.setState({ policies: missing });
}

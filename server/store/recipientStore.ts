import Papa from 'papaparse';
import { escapeCsvFormula } from '../../src/api/csvFormula';
import {
  RECIPIENT_OUTCOMES,
  personalSummarySchema,
  type Recipient,
  type RecipientOutcome,
  type RecipientsPage,
} from '../../src/api/personal';
import type { Db } from './db';
import type { UnwrittenOutcomes } from './messageStore';
import { codeColumn, readJsonColumn, stringsColumn } from './readJsonColumn';

/*
 * The ledger of a send (docs/personal.md): each recipient with the outcome of the request that
 * carried their message. A personal send keeps its people in `send_recipients` (values, batch,
 * why skipped); any other list send's people are read from its batches.
 */

export interface RecipientQuery {
  page: number;
  pageSize: number;
  /** Part of an open_id or of a value, any case. */
  q?: string;
  outcomes?: readonly RecipientOutcome[];
}

const none: UnwrittenOutcomes = new Map();

/** Every recipient of a send with their outcome, in the list's order; undefined: no such send. */
async function ledgerOf(
  db: Db,
  id: string,
  unwritten: UnwrittenOutcomes,
): Promise<{ columns: string[] | null; people: Recipient[] } | undefined> {
  const message = await db
    .selectFrom('messages')
    .select(['personal', 'recipients', 'audience_kind'])
    .where('id', '=', id)
    .where('writing', '=', 0)
    .executeTakeFirst();
  if (!message) return undefined;
  const rows = await db
    .selectFrom('batches')
    .select(['id', 'batch_index', 'request_id', 'receive_ids', 'status', 'code', 'msg', 'error'])
    .where('message_id', '=', id)
    .orderBy('batch_index')
    .execute();
  const batches = new Map(
    rows.map((row) => {
      const kept = unwritten.get(row.id)?.outcome;
      return [
        row.batch_index,
        {
          requestId: row.request_id,
          receiveIds:
            row.receive_ids === null ? null : readJsonColumn(row.receive_ids, stringsColumn),
          outcome: (kept?.status ?? row.status) as RecipientOutcome,
          code: kept
            ? (kept.code ?? null)
            : row.code === null
              ? null
              : readJsonColumn(row.code, codeColumn),
          msg: kept ? (kept.msg ?? null) : row.msg,
          error: kept ? (kept.error ?? null) : row.error,
        },
      ] as const;
    }),
  );
  const fromBatch = (openId: string, index: number | null) => {
    const batch = index === null ? undefined : batches.get(index);
    return {
      openId,
      outcome: batch?.outcome ?? 'unknown',
      requestId: batch?.requestId ?? null,
      code: batch?.code ?? null,
      msg: batch?.msg ?? null,
      error: batch?.error ?? null,
      reason: null,
      values: null,
    } satisfies Recipient;
  };
  if (message.personal !== null) {
    const { columns } = readJsonColumn(message.personal, personalSummarySchema);
    const people = await db
      .selectFrom('send_recipients')
      .select(['open_id', 'field_values', 'batch_index', 'skipped'])
      .where('message_id', '=', id)
      .orderBy('position')
      .execute();
    return {
      columns,
      people: people.map((person) => {
        const cells = readJsonColumn(person.field_values, stringsColumn);
        const values = Object.fromEntries(columns.map((name, index) => [name, cells[index] ?? '']));
        if (person.skipped !== null)
          return {
            ...fromBatch(person.open_id, null),
            outcome: 'skipped',
            reason: person.skipped,
            values,
          };
        return { ...fromBatch(person.open_id, person.batch_index), values };
      }),
    };
  }
  const people: Recipient[] = [];
  for (const [index, batch] of batches) {
    if (batch.receiveIds)
      for (const openId of batch.receiveIds) people.push(fromBatch(openId, index));
  }
  // A group: its id is the one recipient; a broadcast has no list.
  if (message.audience_kind === 'group') {
    const [groupId] = readJsonColumn(message.recipients, stringsColumn);
    if (groupId !== undefined) people.push(fromBatch(groupId, 0));
  }
  return { columns: null, people };
}

const matches = (person: Recipient, q: string) =>
  person.openId.toLowerCase().includes(q) ||
  Object.values(person.values ?? {}).some((value) => value.toLowerCase().includes(q));

/** `GET /api/messages/:id/recipients`: one page of the ledger, searched and filtered. */
export async function listRecipients(
  db: Db,
  id: string,
  query: RecipientQuery,
  unwritten = none,
): Promise<RecipientsPage | undefined> {
  const ledger = await ledgerOf(db, id, unwritten);
  if (!ledger) return undefined;
  const counts = Object.fromEntries(RECIPIENT_OUTCOMES.map((outcome) => [outcome, 0])) as Record<
    RecipientOutcome,
    number
  >;
  for (const person of ledger.people) counts[person.outcome] += 1;
  const q = query.q?.trim().toLowerCase() ?? '';
  const found = ledger.people.filter(
    (person) =>
      (!query.outcomes?.length || query.outcomes.includes(person.outcome)) &&
      (q === '' || matches(person, q)),
  );
  const start = (query.page - 1) * query.pageSize;
  return {
    items: found.slice(start, start + query.pageSize),
    page: query.page,
    pageSize: query.pageSize,
    total: found.length,
    counts,
    columns: ledger.columns,
  };
}

/**
 * `GET /api/messages/:id/recipients.csv`: the recipients with those outcomes as a CSV ready to
 * fix and upload again: `open_id`, then the send's fields (none for a send without fields).
 */
export async function recipientsCsv(
  db: Db,
  id: string,
  outcomes: readonly RecipientOutcome[],
  unwritten = none,
): Promise<string | undefined> {
  const ledger = await ledgerOf(db, id, unwritten);
  if (!ledger) return undefined;
  const columns = ledger.columns ?? [];
  // No cell runs as a formula in a spreadsheet (compose reads them back exactly).
  const data = ledger.people
    .filter((person) => outcomes.includes(person.outcome))
    .map((person) =>
      [person.openId, ...columns.map((name) => person.values?.[name] ?? '')].map(escapeCsvFormula),
    );
  const fields = ['open_id', ...columns].map(escapeCsvFormula);
  // The byte order mark lets Excel read UTF-8 (Chinese names) as such.
  return `\ufeff${Papa.unparse({ fields, data }, { newline: '\r\n' })}\r\n`;
}

import { directoryValue, type MissingPolicy, type SendFields } from '../api/personal';
import type { Person } from '../api/schemas';
import { stringifyJson } from '../mind';
import { expandContent, usedFields } from '../mind/fields';
import { utf8Bytes } from '../api/personal';

/*
 * A list with fields (docs/personal.md): a CSV or a table pasted from a spreadsheet whose first
 * column is the open_id and whose other columns, named by the first row, are fields.
 */

export interface PersonalRow {
  open_id: string;
  values: string[];
}

export type TableProblem =
  | { kind: 'bad-id'; row: number; value: string }
  | { kind: 'duplicate-id'; row: number; value: string }
  | { kind: 'bad-column'; column: number; value: string }
  | { kind: 'duplicate-column'; column: number; value: string }
  /** Cells beyond the header's last column: no field to put them in (the first of them). */
  | { kind: 'extra-cells'; row: number; value: string };

export interface PersonalTable {
  /** The file's name, or null when pasted. */
  source: string | null;
  columns: string[];
  /** Rows with a good, first-seen open_id. */
  rows: PersonalRow[];
  /** Rows and columns left out, and why. */
  problems: TableProblem[];
}

/** One recipient's message, as the server will expand it. */
export interface PersonalPreview {
  openId: string;
  /** Their values by field, before any default. */
  values: Record<string, string>;
  /** Used fields they have no value for. */
  missing: string[];
  /** Left out (a missing field whose policy is `skip`). */
  skipped: boolean;
  /** Missing a field whose policy is `stop`: nothing can be sent. */
  stopped: boolean;
  content: unknown;
  /** Their content's JSON text in UTF-8 bytes. */
  bytes: number;
}

export interface PersonalPlan {
  used: string[];
  people: PersonalPreview[];
  /** By used field: how many recipients have no value. */
  missingCounts: Record<string, number>;
  /** Distinct messages among those sent. */
  distinct: number;
  /** How many recipients receive each distinct message. */
  groupSizes: number[];
  largestBytes: number;
  /** Recipients blocking the send (missing a `stop` field) and those left out. */
  stopped: number;
  skipped: number;
  /** Values that cannot go where they are used (an address that is not one), first few. */
  problems: { openId: string; message: string }[];
}

/**
 * Each recipient's message: the same rules as the server (server/personalSend.ts), so the
 * preview shows exactly what each person receives.
 */
export function planPersonal(
  msgType: string,
  content: unknown,
  table: PersonalTable,
  ids: readonly string[],
  policies: Readonly<Record<string, MissingPolicy>>,
  /** The directory by open_id: `name` and `department` where the list has no such column. */
  directory: ReadonlyMap<string, Person> = new Map(),
): PersonalPlan {
  const used = usedFields(msgType, content);
  const byId = new Map(table.rows.map((row) => [row.open_id, row]));
  const missingCounts: Record<string, number> = Object.fromEntries(used.map((name) => [name, 0]));
  const distinct = new Map<string, number>();
  const problems: PersonalPlan['problems'] = [];
  let largestBytes = 0;
  let stopped = 0;
  let skipped = 0;
  const people = [...new Set(ids)].map((openId): PersonalPreview => {
    const row = byId.get(openId);
    const values: Record<string, string> = {};
    table.columns.forEach((name, index) => (values[name] = row?.values[index] ?? ''));
    const filled: Record<string, string> = { ...values };
    const missing: string[] = [];
    let skip = false;
    let stop = false;
    for (const name of used) {
      const value = table.columns.includes(name)
        ? values[name]
        : directoryValue(directory.get(openId), name);
      if (value !== undefined && value.trim() !== '') {
        filled[name] = value;
        continue;
      }
      missing.push(name);
      missingCounts[name] = (missingCounts[name] ?? 0) + 1;
      const policy = policies[name] ?? { policy: 'stop' };
      if (policy.policy === 'default') filled[name] = policy.value;
      else if (policy.policy === 'skip') skip = true;
      else stop = true;
    }
    const expansion = expandContent(msgType, content, filled);
    const key = stringifyJson(expansion.content);
    const bytes = utf8Bytes(key);
    if (skip) skipped += 1;
    else if (stop) stopped += 1;
    else {
      distinct.set(key, (distinct.get(key) ?? 0) + 1);
      largestBytes = Math.max(largestBytes, bytes);
      for (const problem of expansion.problems)
        if (problems.length < 5) problems.push({ openId, message: problem.message });
    }
    return {
      openId,
      values,
      missing,
      skipped: skip,
      stopped: stop && !skip,
      content: expansion.content,
      bytes,
    };
  });
  return {
    used,
    people,
    missingCounts,
    distinct: distinct.size,
    groupSizes: [...distinct.values()],
    largestBytes,
    stopped,
    skipped,
    problems,
  };
}

/** `fields` for `POST /api/messages`: the rows of these recipients, the policies of used fields. */
export function fieldsForSend(
  table: PersonalTable,
  ids: readonly string[],
  used: readonly string[],
  policies: Readonly<Record<string, MissingPolicy>>,
): SendFields {
  const wanted = new Set(ids);
  const missing: Record<string, MissingPolicy> = {};
  for (const name of used) {
    const policy = policies[name];
    if (policy) missing[name] = policy;
  }
  return {
    columns: table.columns,
    rows: table.rows.filter((row) => wanted.has(row.open_id)),
    missing,
  };
}

/** Upstream requests of a personal send: each distinct message in batches of `batchSize`. */
export const countPersonalRequests = (plan: PersonalPlan, batchSize: number): number =>
  plan.groupSizes.reduce((sum, size) => sum + Math.ceil(size / batchSize), 0);

/** The people a plan skips for a missing value (a field whose policy is `skip`), in order. */
export function skippedIdsOf(plan: PersonalPlan): string[] {
  return plan.people.filter((person) => person.skipped).map((person) => person.openId);
}

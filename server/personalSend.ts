import {
  isOneOf,
  isPlainObject,
  issue,
  pointer,
  stringifyJson,
  validateContent,
  type MindIssue,
} from '../src/mind';
import { expandContent, fieldIssues, isFieldName, usedFields } from '../src/mind/fields';
import {
  MAX_FIELD_COLUMNS,
  MAX_FIELD_VALUE_LENGTH,
  MISSING_POLICIES,
  directoryValue,
  isOpenId,
  utf8Bytes,
  type MissingPolicy,
  type PersonalSummary,
  type SendFields,
} from '../src/api/personal';
import { channelOfAudience, type Person, type SendRequest } from '../src/api/schemas';

/*
 * Personal sends (docs/personal.md): the checks of `fields` in `POST /api/messages`, and the
 * expansion of the template for each recipient, done on the server from the values sent.
 */

/** Issues listed at most, per kind, so that 10,000 bad rows do not make a 10,000-item answer. */
const MAX_LISTED = 20;

/** One person of a personal send, in the audience's order. */
export interface LedgerEntry {
  openId: string;
  /** Their values, in the order of `columns` (an empty string where none was given). */
  values: string[];
  /** Index into `groups`; null when skipped. */
  group: number | null;
  skipped: string | null;
}

/** The recipients who receive one and the same expanded content. */
export interface ContentGroup {
  content: unknown;
  ids: string[];
}

export interface PersonalExpansion {
  summary: PersonalSummary;
  ledger: LedgerEntry[];
  groups: ContentGroup[];
}

const limited = (issues: MindIssue[], more: number, what: string): MindIssue[] =>
  more > 0
    ? [
        ...issues,
        issue(
          'error',
          issues.at(-1)?.path ?? '/fields',
          'more-problems',
          `…and ${more} more ${what}`,
        ),
      ]
    : issues;

/**
 * The shape of `fields` and its fit with the audience: field names, open_ids (refused unless
 * they look like one), one row per person who is a recipient, the missing-value policies.
 */
export function fieldsShapeIssues(fields: unknown, audience: unknown): MindIssue[] {
  if (!isPlainObject(fields)) {
    return [
      issue(
        'error',
        '/fields',
        'invalid-type',
        'fields must be {"columns": [...], "rows": [{"open_id": …, "values": [...]}], "missing": {…}}',
      ),
    ];
  }
  const issues: MindIssue[] = [];
  const kind = isPlainObject(audience) ? audience.kind : undefined;
  if (kind === 'all' || kind === 'group') {
    issues.push(
      issue(
        'error',
        '/fields',
        'fields-need-list',
        kind === 'all'
          ? 'Fields need a list of people: a send to every subscriber has no list to take each person’s values from'
          : 'Fields need a list of people: a group message is one message for everyone in it',
      ),
    );
  }
  const { columns, rows, missing } = fields;
  const unexpected = Object.keys(fields).filter(
    (key) => !['columns', 'rows', 'missing'].includes(key),
  );
  for (const key of unexpected)
    issues.push(
      issue(
        'error',
        pointer('/fields', key),
        'unexpected-field',
        `fields takes columns, rows and missing; remove "${key}"`,
      ),
    );
  let columnCount = 0;
  if (!Array.isArray(columns)) {
    issues.push(
      issue('error', '/fields/columns', 'invalid-type', 'columns must be an array of field names'),
    );
  } else if (columns.length > MAX_FIELD_COLUMNS) {
    issues.push(
      issue('error', '/fields/columns', 'too-many-columns', `At most ${MAX_FIELD_COLUMNS} fields`),
    );
  } else {
    columnCount = columns.length;
    const seen = new Set<string>();
    columns.forEach((name, index) => {
      const path = pointer('/fields/columns', index);
      if (typeof name !== 'string' || !isFieldName(name)) {
        issues.push(
          issue(
            'error',
            path,
            'field-name-invalid',
            `"${String(name).slice(0, 40)}" is not a field name: letters, digits, _ , - and single spaces, at most 64 characters`,
          ),
        );
      } else if (name === 'open_id') {
        issues.push(
          issue('error', path, 'field-name-invalid', 'open_id is the recipient, not a field'),
        );
      } else if (seen.has(name)) {
        issues.push(
          issue('error', path, 'column-duplicate', `The column "${name}" is given twice`),
        );
      }
      if (typeof name === 'string') seen.add(name);
    });
  }
  const recipients = new Set(
    isPlainObject(audience)
      ? Array.isArray(audience.ids)
        ? audience.ids.filter((id): id is string => typeof id === 'string')
        : typeof audience.id === 'string'
          ? [audience.id]
          : []
      : [],
  );
  if (!Array.isArray(rows)) {
    issues.push(
      issue(
        'error',
        '/fields/rows',
        'invalid-type',
        'rows must be an array of {"open_id", "values"}',
      ),
    );
  } else {
    const rowIssues: MindIssue[] = [];
    let more = 0;
    const add = (item: MindIssue) => {
      if (rowIssues.length < MAX_LISTED) rowIssues.push(item);
      else more += 1;
    };
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      const path = pointer('/fields/rows', index);
      if (!isPlainObject(row)) {
        add(issue('error', path, 'invalid-type', `Row ${index + 1} must be {"open_id", "values"}`));
        return;
      }
      const id = row.open_id;
      if (typeof id !== 'string' || !isOpenId(id)) {
        add(
          issue(
            'error',
            pointer(path, 'open_id'),
            'open-id-invalid',
            `Row ${index + 1}: "${String(id).slice(0, 40)}" is not an open_id (3–200 letters, digits, _ or -; e.g. ou_…); nothing was sent`,
          ),
        );
      } else if (seen.has(id)) {
        add(
          issue(
            'error',
            pointer(path, 'open_id'),
            'row-duplicate',
            `Row ${index + 1}: ${id} has a row already`,
          ),
        );
      } else if (!recipients.has(id)) {
        add(
          issue(
            'error',
            pointer(path, 'open_id'),
            'row-not-recipient',
            `Row ${index + 1}: ${id} is not among the recipients (audience)`,
          ),
        );
      }
      if (typeof id === 'string') seen.add(id);
      const values = row.values;
      if (!Array.isArray(values)) {
        add(
          issue(
            'error',
            pointer(path, 'values'),
            'invalid-type',
            `Row ${index + 1}: values must be an array of text`,
          ),
        );
      } else if (values.length > columnCount) {
        add(
          issue(
            'error',
            pointer(path, 'values'),
            'too-many-values',
            `Row ${index + 1} has ${values.length} values for ${columnCount} columns`,
          ),
        );
      } else {
        values.forEach((value, column) => {
          if (typeof value !== 'string' || value.length > MAX_FIELD_VALUE_LENGTH)
            add(
              issue(
                'error',
                pointer(path, 'values', column),
                'invalid-value',
                `Row ${index + 1}: each value must be text of at most ${MAX_FIELD_VALUE_LENGTH} characters`,
              ),
            );
        });
      }
    });
    issues.push(...limited(rowIssues, more, 'problems in rows'));
  }
  if (missing !== undefined) {
    if (!isPlainObject(missing)) {
      issues.push(
        issue(
          'error',
          '/fields/missing',
          'invalid-type',
          'missing must be an object of policies by field name',
        ),
      );
    } else {
      for (const [name, policy] of Object.entries(missing)) {
        const path = pointer('/fields/missing', name);
        if (!isPlainObject(policy) || !isOneOf(MISSING_POLICIES, policy.policy)) {
          issues.push(
            issue(
              'error',
              path,
              'invalid-policy',
              `The policy for "${name}" must be {"policy":"default","value":…}, {"policy":"skip"} or {"policy":"stop"}`,
            ),
          );
        } else if (
          policy.policy === 'default' &&
          (typeof policy.value !== 'string' || policy.value.trim() === '')
        ) {
          issues.push(
            issue(
              'error',
              pointer(path, 'value'),
              'default-empty',
              `The default value for "${name}" is empty`,
            ),
          );
        }
      }
    }
  }
  return issues;
}

/**
 * Expands the template for every recipient (after `fieldsShapeIssues` found nothing). Refuses
 * (issues) a field a recipient has no value for whose policy is `stop`, a value that cannot go
 * where it is used, and any expanded message the model finds an error in; everything else is
 * grouped by identical content.
 */
export function expandPersonal(
  request: SendRequest & { fields: SendFields },
  /** The directory by open_id: `name` and `department` where the list has no such column. */
  directory: ReadonlyMap<string, Person> = new Map(),
): { ok: true; expansion: PersonalExpansion } | { ok: false; issues: MindIssue[] } {
  const { msg_type: msgType, content, audience, fields } = request;
  const { columns, rows } = fields;
  const policies: Record<string, MissingPolicy> = fields.missing ?? {};
  // A used field with no column is a value missing for everyone: its policy decides.
  const malformed = fieldIssues(msgType, content, '/content');
  if (malformed.length) return { ok: false, issues: malformed };

  const used = usedFields(msgType, content);
  const ids =
    audience.kind === 'users' || audience.kind === 'robot'
      ? [...new Set(audience.ids)]
      : audience.kind === 'user'
        ? [audience.id]
        : [];
  const rowIndex = new Map(rows.map((row, index) => [row.open_id, index]));
  const columnIndex = new Map(columns.map((name, index) => [name, index]));

  /** By field: who lacks a value under `stop`. */
  const stopped = new Map<string, { count: number; path: string; first: string }>();
  const ledger: LedgerEntry[] = [];
  const groups: ContentGroup[] = [];
  const groupOf = new Map<string, number>();
  const problems: MindIssue[] = [];
  let moreProblems = 0;
  let largestBytes = 0;
  const channel = channelOfAudience(audience.kind);
  const contentIssues: MindIssue[] = [];

  ids.forEach((openId, position) => {
    const at = rowIndex.get(openId);
    const row = at === undefined ? undefined : rows[at];
    const cells = columns.map((_, column) => row?.values[column] ?? '');
    const values: Record<string, string> = {};
    columns.forEach((name, column) => (values[name] = cells[column] ?? ''));
    let skipped: string | null = null;
    for (const name of used) {
      const column = columnIndex.get(name);
      const value =
        column === undefined ? directoryValue(directory.get(openId), name) : cells[column];
      if (value !== undefined && value.trim() !== '') {
        values[name] = value;
        continue;
      }
      const policy = policies[name] ?? { policy: 'stop' };
      if (policy.policy === 'default') {
        values[name] = policy.value;
      } else if (policy.policy === 'skip') {
        skipped ??= `No value for "${name}"`;
      } else {
        const path =
          column === undefined
            ? '/fields/columns'
            : at === undefined
              ? pointer('/audience', audience.kind === 'user' ? 'id' : 'ids', position)
              : pointer('/fields/rows', at, 'values', column);
        const entry = stopped.get(name);
        if (entry) entry.count += 1;
        else stopped.set(name, { count: 1, path, first: openId });
      }
    }
    if (skipped !== null || stopped.size > 0) {
      ledger.push({ openId, values: cells, group: null, skipped });
      return;
    }
    const expansion = expandContent(msgType, content, values);
    for (const problem of expansion.problems) {
      if (problems.length >= MAX_LISTED) {
        moreProblems += 1;
        continue;
      }
      const column = columnIndex.get(problem.field);
      problems.push(
        issue(
          'error',
          at !== undefined && column !== undefined
            ? pointer('/fields/rows', at, 'values', column)
            : problem.path,
          'field-value-invalid',
          `${openId}: ${problem.message}`,
        ),
      );
    }
    const key = stringifyJson(expansion.content);
    let group = groupOf.get(key);
    if (group === undefined) {
      group = groups.length;
      groupOf.set(key, group);
      groups.push({ content: expansion.content, ids: [] });
      largestBytes = Math.max(largestBytes, utf8Bytes(key));
      if (contentIssues.length < MAX_LISTED) {
        for (const found of validateContent(msgType, expansion.content, '/content', channel)) {
          if (found.severity !== 'error') continue;
          if (contentIssues.some((item) => item.code === found.code && item.path === found.path))
            continue;
          contentIssues.push({ ...found, message: `For ${openId}: ${found.message}` });
        }
      }
    }
    groups[group]?.ids.push(openId);
    ledger.push({ openId, values: cells, group, skipped: null });
  });

  const issues: MindIssue[] = [];
  for (const [name, { count, path, first }] of stopped) {
    issues.push(
      issue(
        'error',
        path,
        'field-value-missing',
        path === '/fields/columns'
          ? `The message uses "${name}" but no column has that name; add the column, or choose a default value or to skip all ${count} recipients`
          : `${count} recipient${count === 1 ? ' has' : 's have'} no value for "${name}" (first: ${first}); fill them in, or choose a default value or to skip them`,
        { field: name, count },
      ),
    );
  }
  issues.push(...limited(problems, moreProblems, 'values that cannot be used'), ...contentIssues);
  if (!issues.length && groups.length === 0) {
    issues.push(
      issue(
        'error',
        '/fields',
        'everyone-skipped',
        'Every recipient was skipped for a missing value: nothing to send',
      ),
    );
  }
  if (issues.length) return { ok: false, issues };
  const missing: Record<string, MissingPolicy> = {};
  for (const name of used) if (policies[name]) missing[name] = policies[name];
  return {
    ok: true,
    expansion: {
      summary: {
        columns,
        used,
        missing,
        distinct: groups.length,
        skipped: ledger.filter((entry) => entry.skipped !== null).length,
        largestBytes,
      },
      ledger,
      groups,
    },
  };
}

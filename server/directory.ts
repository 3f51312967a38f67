import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DIRECTORY_FIELDS } from '../src/api/personal';
import { personSchema, type Person } from '../src/api/schemas';
import { isFieldName } from '../src/mind/fields';
import { ConfigError } from './config';

/** The sandbox's people when no DIRECTORY_FILE is given: made-up names and open_ids. */
export const SAMPLE_DIRECTORY: readonly Person[] = [
  { id: 'ou_7d8a6e6df7621556ce0d21922b676706', name: '张伟', department: '运营部' },
  { id: 'ou_6a5905698688e15e8f9b63c1043d1ee9', name: '王芳', department: '运营部' },
  { id: 'ou_34226fdac1dae283c4e1b01645d9a6f2', name: '李娜', department: '市场部' },
  { id: 'ou_1f0c2b7e9a4d4c3e8b5a6d7e8f9a0b1c', name: '刘洋', department: '技术部' },
  { id: 'ou_2e1d3c8f0b5e5d4f9c6b7e8f9a0b1c2d', name: '陈静', department: '人力资源部' },
  { id: 'ou_3f2e4d9a1c6f6e5a0d7c8f9a0b1c2d3e', name: '杨磊', department: '财务部' },
  { id: 'ou_4a3f5e0b2d7a7f6b1e8d9a0b1c2d3e4f', name: '赵敏', department: '客户服务部' },
  { id: 'ou_5b4a6f1c3e8b8a7c2f9e0b1c2d3e4f5a', name: '黄晓明', department: '产品部' },
  { id: 'ou_6c5b7a2d4f9c9b8d3a0f1c2d3e4f5a6b', name: 'Emily Chen', department: 'Design' },
  { id: 'ou_7d6c8b3e5a0d0c9e4b1a2d3e4f5a6b7c', name: 'James Wilson', department: 'Engineering' },
  { id: 'ou_8e7d9c4f6b1e1d0f5c2b3e4f5a6b7c8d', name: 'Sophie Martin', department: 'Marketing' },
  { id: 'ou_9f8e0d5a7c2f2e1a6d3c4f5a6b7c8d9e', name: 'Daniel Kim', department: 'Operations' },
];

const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/** The keys of an entry of its own; any other key or column is a field (docs/personal.md). */
const OWN_KEYS = new Set(['id', 'open_id', 'name', 'department']);

/** A column (or JSON key) that becomes a field: a field name that is not one of the entry's own. */
const isExtraField = (name: string): boolean =>
  isFieldName(name) && !OWN_KEYS.has(name.toLowerCase());

/**
 * Loads the people that @mentions and the recipient picker search: DIRECTORY_FILE (a JSON
 * array of `{id, name, department?, …}`, or a CSV whose header names `id` or `open_id`, `name`
 * and optionally `department`, in any case), else the sample in sandbox mode, else nobody.
 * Every other column (or key with a text or number) whose name is a field name is kept in
 * `fields`: a personal send's field; others are left out.
 */
export function loadDirectory(file: string | null, mode: 'sandbox' | 'live'): Person[] {
  if (!file) return mode === 'sandbox' ? [...SAMPLE_DIRECTORY] : [];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `DIRECTORY_FILE: cannot read "${file}" (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const people = file.toLowerCase().endsWith('.csv') ? fromCsv(text) : fromJson(text);
  const parsed = z.array(personSchema).safeParse(people);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ConfigError(
      `DIRECTORY_FILE: "${file}" at entry ${first?.path.join('.') ?? '?'}: ${first?.message ?? 'invalid'}`,
    );
  }
  return parsed.data.filter((person) => person.id.trim() !== '');
}

function fromJson(text: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new ConfigError(`DIRECTORY_FILE: not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed)) return parsed;
  return parsed.map((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return entry;
    const own: Record<string, unknown> = {};
    const fields: Record<string, string> = {};
    for (const [key, value] of Object.entries(entry)) {
      if (OWN_KEYS.has(key)) own[key] = value;
      else if (
        isExtraField(key) &&
        (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))
      )
        fields[key] = String(value);
    }
    return Object.keys(fields).length ? { ...own, fields } : own;
  });
}

function fromCsv(text: string): Person[] {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  const headers = result.meta.fields ?? [];
  const named = (...names: string[]) =>
    headers.find((header) => names.includes(header.toLowerCase()));
  const idField = named('id', 'open_id');
  const nameField = named('name');
  const departmentField = named('department');
  if (!idField || !nameField) {
    throw new ConfigError(
      'DIRECTORY_FILE: the CSV header must name an "id" (or "open_id") and a "name" column',
    );
  }
  const extra = [...new Set(headers.filter(isExtraField))];
  return result.data.map((row) => {
    const department = departmentField ? row[departmentField]?.trim() : undefined;
    const fields = Object.fromEntries(extra.map((name) => [name, (row[name] ?? '').trim()]));
    return {
      id: (row[idField] ?? '').trim(),
      name: (row[nameField] ?? '').trim(),
      ...(department ? { department } : {}),
      ...(extra.length ? { fields } : {}),
    };
  });
}

/** The directory's fields: `name`, `department`, then every other column, in first-seen order. */
export function directoryFields(people: readonly Person[]): string[] {
  const names = new Set<string>(DIRECTORY_FIELDS);
  for (const person of people) for (const name of Object.keys(person.fields ?? {})) names.add(name);
  return [...names];
}

/** The people with these exact ids, in the order asked; ids the directory does not know are left out. */
export function findPeople(people: readonly Person[], ids: readonly string[]): Person[] {
  const byId = new Map(people.map((person) => [person.id, person]));
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}

/** People whose name, id or department contains the search, case-insensitively. */
export function searchDirectory(
  people: readonly Person[],
  query: string,
  limit = DEFAULT_LIMIT,
): Person[] {
  const needle = query.trim().toLowerCase();
  const matches = needle
    ? people.filter((person) =>
        [person.name, person.id, person.department ?? ''].some((field) =>
          field.toLowerCase().includes(needle),
        ),
      )
    : people;
  return matches.slice(0, limit);
}

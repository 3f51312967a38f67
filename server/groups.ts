import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { groupSchema, type Group } from '../src/api/schemas';
import { ConfigError } from './config';

/** The sandbox's groups when no GROUPS_FILE is given: made-up names and ids. */
export const SAMPLE_GROUPS: readonly Group[] = [
  { id: 'og_3f9a1c2e7b5d4e8f', name: '运营部通知群' },
  { id: 'og_8b2d4f6a1c3e5a7b', name: '市场部周会' },
  { id: 'og_5e7a9c1b3d5f7a9c', name: 'Engineering on-call' },
  { id: 'og_1a2b3c4d5e6f7a8b', name: 'All hands 全员群' },
];

/**
 * Loads the groups the robot can post to: GROUPS_FILE (a JSON array of `{id, name}`, or a
 * CSV whose header names `id` (or `group_id`) and `name`), else the sample in sandbox mode,
 * else none (a group id can still be pasted).
 */
export function loadGroups(file: string | null, mode: 'sandbox' | 'live'): Group[] {
  if (!file) return mode === 'sandbox' ? [...SAMPLE_GROUPS] : [];
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new ConfigError(
      `GROUPS_FILE: cannot read "${file}" (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const groups = file.toLowerCase().endsWith('.csv') ? fromCsv(text) : fromJson(text);
  const parsed = z.array(groupSchema).safeParse(groups);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ConfigError(
      `GROUPS_FILE: "${file}" at entry ${first?.path.join('.') ?? '?'}: ${first?.message ?? 'invalid'}`,
    );
  }
  const blank = parsed.data.findIndex((group) => !/^[^\s"'<>]{1,200}$/.test(group.id));
  if (blank !== -1) {
    throw new ConfigError(
      `GROUPS_FILE: "${file}" at entry ${blank}: the id must be 1–200 characters without spaces or quotes`,
    );
  }
  return parsed.data;
}

function fromJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ConfigError(`GROUPS_FILE: not valid JSON (${(error as Error).message})`);
  }
}

function fromCsv(text: string): Group[] {
  const result = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const fields = result.meta.fields ?? [];
  const idField = fields.find((field) => field === 'id' || field === 'group_id');
  if (!idField || !fields.includes('name')) {
    throw new ConfigError(
      'GROUPS_FILE: the CSV header must name an "id" (or "group_id") and a "name" column',
    );
  }
  return result.data.map((row) => ({
    id: (row[idField] ?? '').trim(),
    name: (row.name ?? '').trim(),
  }));
}

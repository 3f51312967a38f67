import { sql, type Selectable } from 'kysely';
import type {
  Template,
  TemplateList,
  TemplateVersion,
  TemplateVersionDetail,
} from '../../src/api/schemas';
import { parseExactJson, stringifyJson } from '../../src/mind';
import { newId } from '../ids';
import type { Db, TemplatesTable, TemplateVersionsTable } from './db';

type TemplateRow = Selectable<TemplatesTable>;
type MsgType = Template['msgType'];

const now = () => new Date().toISOString();

function toTemplate(row: TemplateRow): Template {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    msgType: row.msg_type,
    content: parseExactJson(row.content),
    version: row.version,
    starter: row.starter,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    deletedAt: row.deleted_at,
  };
}

function toVersion(row: Selectable<TemplateVersionsTable>): TemplateVersion {
  return {
    version: row.version,
    name: row.name,
    msgType: row.msg_type,
    createdAt: row.created_at,
    author: row.author,
    restoredFrom: row.restored_from,
  };
}

/** `%` and `_` match themselves in a name search. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

export interface ListQuery {
  q?: string;
  /** The trash instead of the templates in use. */
  trash?: boolean;
  limit: number;
}

/** Templates whose name contains `q` (any case), most recently saved first. */
export async function listTemplates(db: Db, query: ListQuery): Promise<TemplateList> {
  let select = db.selectFrom('templates').where('deleted_at', query.trash ? 'is not' : 'is', null);
  const q = query.q?.trim();
  // lower() on both sides: SQLite's like ignores ASCII case, PostgreSQL's does not.
  if (q) select = select.where(sql<boolean>`lower(name) like lower(${likePattern(q)}) escape '\\'`);
  const [rows, count] = await Promise.all([
    select
      .selectAll()
      .orderBy(query.trash ? 'deleted_at' : 'updated_at', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit)
      .execute(),
    select.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toTemplate), total: Number(count.total) };
}

export async function getTemplate(db: Db, id: string): Promise<Template | undefined> {
  const row = await db.selectFrom('templates').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toTemplate(row) : undefined;
}

export interface NewTemplate {
  name: string;
  description: string;
  msgType: MsgType;
  content: unknown;
  author: string | null;
  starter?: string | null;
}

async function insertTemplate(trx: Db, template: NewTemplate): Promise<Template> {
  const time = now();
  const row: TemplateRow = {
    id: newId(),
    name: template.name,
    description: template.description,
    msg_type: template.msgType,
    content: stringifyJson(template.content),
    version: 1,
    starter: template.starter ?? null,
    created_at: time,
    updated_at: time,
    updated_by: template.author,
    deleted_at: null,
  };
  await trx.insertInto('templates').values(row).execute();
  await trx
    .insertInto('template_versions')
    .values({
      template_id: row.id,
      version: 1,
      name: row.name,
      msg_type: row.msg_type,
      content: row.content,
      author: row.updated_by,
      restored_from: null,
      created_at: time,
    })
    .execute();
  return toTemplate(row);
}

/** A new template, saved as its version 1. */
export async function createTemplate(db: Db, template: NewTemplate): Promise<Template> {
  return db.transaction().execute((trx) => insertTemplate(trx, template));
}

export interface SaveInput {
  msgType: MsgType;
  content: unknown;
  baseVersion: number;
  name?: string;
  description?: string;
  author: string | null;
  /** The version whose content this save restores. */
  restoredFrom?: number;
}

/** What a save did: saved a version, or refused because of what it found. */
export type SaveResult =
  | { kind: 'saved'; template: Template }
  | { kind: 'not-found' }
  | { kind: 'in-trash'; current: Template }
  | { kind: 'conflict'; current: Template };

/**
 * Saves a new version when the template is still at `baseVersion`; otherwise someone saved
 * in between and nothing is written (`conflict`, with what they saved).
 */
export async function saveTemplate(db: Db, id: string, input: SaveInput): Promise<SaveResult> {
  return db.transaction().execute(async (trx): Promise<SaveResult> => {
    const row = await trx
      .selectFrom('templates')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return { kind: 'not-found' };
    if (row.deleted_at !== null) return { kind: 'in-trash', current: toTemplate(row) };
    if (row.version !== input.baseVersion) return { kind: 'conflict', current: toTemplate(row) };
    const time = now();
    const next: TemplateRow = {
      ...row,
      name: input.name ?? row.name,
      description: input.description ?? row.description,
      msg_type: input.msgType,
      content: stringifyJson(input.content),
      version: row.version + 1,
      updated_at: time,
      updated_by: input.author,
    };
    const updated = await trx
      .updateTable('templates')
      .set({
        name: next.name,
        description: next.description,
        msg_type: next.msg_type,
        content: next.content,
        version: next.version,
        updated_at: next.updated_at,
        updated_by: next.updated_by,
      })
      .where('id', '=', id)
      .where('version', '=', input.baseVersion)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) {
      // Another server on the same PostgreSQL saved (or purged) it since the read above.
      const current = await trx
        .selectFrom('templates')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return current ? { kind: 'conflict', current: toTemplate(current) } : { kind: 'not-found' };
    }
    await trx
      .insertInto('template_versions')
      .values({
        template_id: id,
        version: next.version,
        name: next.name,
        msg_type: next.msg_type,
        content: next.content,
        author: input.author,
        restored_from: input.restoredFrom ?? null,
        created_at: time,
      })
      .execute();
    return { kind: 'saved', template: toTemplate(next) };
  });
}

/** Renames or redescribes a template; not a new version (the content is unchanged). */
export async function renameTemplate(
  db: Db,
  id: string,
  change: { name?: string; description?: string },
): Promise<Template | undefined> {
  const set = Object.fromEntries(
    Object.entries(change).filter(([, value]) => value !== undefined),
  ) as { name?: string; description?: string };
  if (Object.keys(set).length > 0) {
    await db.updateTable('templates').set(set).where('id', '=', id).execute();
  }
  return getTemplate(db, id);
}

/** A new template (version 1) with the current content of another. */
export async function duplicateTemplate(
  db: Db,
  id: string,
  options: { name?: string; author: string | null },
): Promise<Template | undefined> {
  const source = await getTemplate(db, id);
  if (!source) return undefined;
  return createTemplate(db, {
    name: options.name ?? `${source.name} (copy)`,
    description: source.description,
    msgType: source.msgType,
    content: source.content,
    author: options.author,
  });
}

/** Moves a template to the trash, or back out of it; its versions are kept either way. */
export async function setTrashed(
  db: Db,
  id: string,
  trashed: boolean,
): Promise<Template | undefined> {
  await db
    .updateTable('templates')
    .set({ deleted_at: trashed ? now() : null })
    .where('id', '=', id)
    .where('deleted_at', trashed ? 'is' : 'is not', null)
    .execute();
  return getTemplate(db, id);
}

/** Deletes a template in the trash, with its versions, for good. */
export async function purgeTemplate(db: Db, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('templates')
    .where('id', '=', id)
    .where('deleted_at', 'is not', null)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Every version of a template, newest first; undefined when there is no such template. */
export async function listVersions(db: Db, id: string): Promise<TemplateVersion[] | undefined> {
  if (!(await getTemplate(db, id))) return undefined;
  const rows = await db
    .selectFrom('template_versions')
    .selectAll()
    .where('template_id', '=', id)
    .orderBy('version', 'desc')
    .execute();
  return rows.map(toVersion);
}

export async function getVersion(
  db: Db,
  id: string,
  version: number,
): Promise<TemplateVersionDetail | undefined> {
  const row = await db
    .selectFrom('template_versions')
    .selectAll()
    .where('template_id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return row ? { ...toVersion(row), content: parseExactJson(row.content) } : undefined;
}

export interface StarterTemplate {
  key: string;
  name: string;
  description: string;
  msgType: MsgType;
  content: unknown;
}

/**
 * Adds the starter templates not added before (each key once, ever: a starter the user
 * deleted for good does not come back). Returns how many were added. Servers starting at once
 * on one PostgreSQL add each starter once: the key's row is claimed before its template.
 */
export async function seedStarters(db: Db, starters: readonly StarterTemplate[]): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const seeded = new Set(
      (await trx.selectFrom('template_starters').select('key').execute()).map((row) => row.key),
    );
    let added = 0;
    // Inserted oldest first, so the gallery lists them in the module's order.
    for (const starter of [...starters].reverse()) {
      if (seeded.has(starter.key)) continue;
      const claimed = await trx
        .insertInto('template_starters')
        .values({ key: starter.key, seeded_at: now() })
        .onConflict((conflict) => conflict.column('key').doNothing())
        .returning('key')
        .executeTakeFirst();
      if (!claimed) continue;
      await insertTemplate(trx, { ...starter, author: null, starter: starter.key });
      added += 1;
    }
    return added;
  });
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, testDialect } from '../testing/testDatabase';
import type { Db } from './db';
import {
  createTemplate,
  getVersion,
  listTemplates,
  listVersions,
  purgeTemplate,
  saveTemplate,
  seedStarters,
  setTrashed,
  type NewTemplate,
  type StarterTemplate,
} from './templateStore';

let db: Db;
beforeEach(async () => {
  db = await openTestDatabase();
});
afterEach(async () => {
  await db.destroy();
});

const template = (name: string): NewTemplate => ({
  name,
  description: '',
  msgType: 'text',
  content: { text: name },
  author: 'designer',
});

const starters: StarterTemplate[] = ['welcome', 'reminder', 'survey'].map((key) => ({
  key,
  name: `Starter ${key}`,
  description: key,
  msgType: 'text',
  content: { text: key },
}));

describe(`the template store on ${testDialect}`, () => {
  it('finds templates by any part of the name, in any case; % and _ match only themselves', async () => {
    for (const name of ['Weekly Report', 'weekly digest', '100% done', 'a_b', 'axb'])
      await createTemplate(db, template(name));
    const names = async (q: string) =>
      (await listTemplates(db, { q, limit: 10 })).items.map((item) => item.name).sort();
    expect(await names('WEEKLY')).toEqual(['Weekly Report', 'weekly digest']);
    expect(await names('%')).toEqual(['100% done']);
    expect(await names('_')).toEqual(['a_b']);
    expect((await listTemplates(db, { limit: 2 })).total).toBe(5);
  });

  it('saves versions, refuses a save from an old version, and keeps every version', async () => {
    const created = await createTemplate(db, template('Notice'));
    const saved = await saveTemplate(db, created.id, {
      msgType: 'text',
      content: { text: 'second' },
      baseVersion: 1,
      author: 'b',
    });
    expect(saved).toMatchObject({ kind: 'saved', template: { version: 2 } });
    const stale = await saveTemplate(db, created.id, {
      msgType: 'text',
      content: { text: 'lost' },
      baseVersion: 1,
      author: 'c',
    });
    expect(stale).toMatchObject({ kind: 'conflict', current: { version: 2 } });
    expect((await listVersions(db, created.id))?.map((version) => version.version)).toEqual([2, 1]);
    expect((await getVersion(db, created.id, 1))?.content).toEqual({ text: 'Notice' });
  });

  it('of saves from the same version at once, exactly one is kept', async () => {
    const created = await createTemplate(db, template('Busy'));
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        saveTemplate(db, created.id, {
          msgType: 'text',
          content: { text: `edit ${index}` },
          baseVersion: 1,
          author: `person ${index}`,
        }),
      ),
    );
    expect(results.filter((result) => result.kind === 'saved')).toHaveLength(1);
    expect(results.filter((result) => result.kind === 'conflict')).toHaveLength(4);
    expect(await listVersions(db, created.id)).toHaveLength(2);
  });

  it('trash, restore and purge (with its versions)', async () => {
    const created = await createTemplate(db, template('Old'));
    expect((await setTrashed(db, created.id, true))?.deletedAt).not.toBeNull();
    expect((await listTemplates(db, { trash: true, limit: 10 })).total).toBe(1);
    expect((await setTrashed(db, created.id, false))?.deletedAt).toBeNull();
    expect(await purgeTemplate(db, created.id)).toBe(false); // not in the trash
    await setTrashed(db, created.id, true);
    expect(await purgeTemplate(db, created.id)).toBe(true);
    const versions = await db
      .withTables<{ template_versions: { template_id: string } }>()
      .selectFrom('template_versions')
      .select('template_id')
      .where('template_id', '=', created.id)
      .execute();
    expect(versions).toEqual([]);
  });

  it('adds each starter once, also when two servers start at the same moment', async () => {
    const added = await Promise.all([seedStarters(db, starters), seedStarters(db, starters)]);
    expect(added[0] + added[1]).toBe(3);
    expect(await seedStarters(db, starters)).toBe(0);
    const list = await listTemplates(db, { limit: 10 });
    expect(list.items.map((item) => item.starter)).toEqual(['welcome', 'reminder', 'survey']);
  });
});

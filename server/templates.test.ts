import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiErrorSchema,
  templateListSchema,
  templateSchema,
  templateVersionDetailSchema,
  templateVersionsSchema,
  type Template,
} from '../src/api/schemas';
import { STARTER_TEMPLATES } from './starterTemplates';
import { APP_ID, leaksOfSecret, startHarness, type Harness } from './testing/harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
  expect(leaksOfSecret()).toEqual([]);
});

const card = (title: string, extra: Record<string, unknown> = {}) => ({
  header: { template: 'blue', title: { content: title }, subtitle: 'kept' },
  elements: [
    { tag: 'markdown', content: `**${title}**` },
    { tag: 'hr', style: 'dashed' },
  ],
  i18n: { note: 'unknown field, kept' },
  ...extra,
});

async function create(name: string, content: unknown = card(name), msgType = 'interactive') {
  const response = await harness.call('/api/templates', {
    method: 'POST',
    json: { name, description: `About ${name}`, msg_type: msgType, content, author: '小王' },
  });
  expect(response.status).toBe(201);
  return templateSchema.parse(response.body);
}

const save = (id: string, body: Record<string, unknown>) =>
  harness.call(`/api/templates/${id}`, { method: 'PUT', json: body });

describe('templates over HTTP, in the SQLite file', () => {
  it('creates a template as version 1, keeping unknown fields in order, and reads it back', async () => {
    const created = await create('Launch notice');
    expect(created).toMatchObject({
      name: 'Launch notice',
      description: 'About Launch notice',
      msgType: 'interactive',
      version: 1,
      updatedBy: '小王',
      deletedAt: null,
      starter: null,
    });
    const read = await harness.call(`/api/templates/${created.id}`);
    expect(read.status).toBe(200);
    expect(JSON.stringify(templateSchema.parse(read.body).content)).toBe(
      JSON.stringify(card('Launch notice')),
    );
  });

  it('saves the four message types', async () => {
    for (const [msgType, content] of [
      ['text', { text: 'plain' }],
      ['markdown', { text: '**bold**' }],
      ['rich_text', [{ type: 'paragraph', content: [{ type: 'text', text: 'hi' }] }]],
      ['interactive', card('four types')],
    ] as const) {
      const created = await create(`type ${msgType}`, content, msgType);
      expect(created.msgType).toBe(msgType);
      expect(created.content).toEqual(content);
    }
  });

  it('refuses what it cannot store, saying where, and stores nothing', async () => {
    const before = templateListSchema.parse((await harness.call('/api/templates')).body).total;
    const noName = await harness.call('/api/templates', {
      method: 'POST',
      json: { name: '  ', msg_type: 'text', content: { text: 'x' } },
    });
    expect(noName.status).toBe(400);
    expect(apiErrorSchema.parse(noName.body).error.issues?.[0]?.path).toBe('/name');
    const badCard = await harness.call('/api/templates', {
      method: 'POST',
      json: { name: 'bad', msg_type: 'interactive', content: { elements: 'not a list' } },
    });
    expect(badCard.status).toBe(400);
    expect(apiErrorSchema.parse(badCard.body).error.issues?.[0]?.path).toBe('/content/elements');
    const badType = await harness.call('/api/templates', {
      method: 'POST',
      json: { name: 'bad', msg_type: 'image', content: {} },
    });
    expect(badType.status).toBe(400);
    const notJson = await harness.call('/api/templates', {
      method: 'POST',
      body: '{"name":',
      headers: { 'content-type': 'application/json' },
    });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.code).toBe('invalid-json');
    const after = templateListSchema.parse((await harness.call('/api/templates')).body).total;
    expect(after).toBe(before);
  });

  it('searches by name, any case, with % and _ taken literally', async () => {
    await create('Quarterly REVIEW 100%');
    await create('quarterly_plan');
    const found = templateListSchema.parse(
      (await harness.call(`/api/templates?q=${encodeURIComponent('quarterly')}`)).body,
    );
    expect(found.items.map((item) => item.name).sort()).toEqual([
      'Quarterly REVIEW 100%',
      'quarterly_plan',
    ]);
    const percent = templateListSchema.parse(
      (await harness.call(`/api/templates?q=${encodeURIComponent('100%')}`)).body,
    );
    expect(percent.items.map((item) => item.name)).toEqual(['Quarterly REVIEW 100%']);
    const underscore = templateListSchema.parse(
      (await harness.call(`/api/templates?q=${encodeURIComponent('y_p')}`)).body,
    );
    expect(underscore.items.map((item) => item.name)).toEqual(['quarterly_plan']);
    const bad = await harness.call('/api/templates?limit=0');
    expect(bad.status).toBe(400);
  });

  it('renames without a new version, duplicates as a new version 1', async () => {
    const original = await create('Rename me');
    const renamed = await harness.call(`/api/templates/${original.id}`, {
      method: 'PATCH',
      json: { name: 'Renamed', description: 'New words' },
    });
    expect(renamed.status).toBe(200);
    expect(templateSchema.parse(renamed.body)).toMatchObject({
      name: 'Renamed',
      description: 'New words',
      version: 1,
    });
    const copy = await harness.call(`/api/templates/${original.id}/duplicate`, {
      method: 'POST',
      json: { name: 'Renamed (copy)', author: '小李' },
    });
    expect(copy.status).toBe(201);
    const duplicate = templateSchema.parse(copy.body);
    expect(duplicate.id).not.toBe(original.id);
    expect(duplicate).toMatchObject({ name: 'Renamed (copy)', version: 1, updatedBy: '小李' });
    expect(duplicate.content).toEqual(original.content);
  });

  it('moves to the trash, restores, and deletes for good only from the trash', async () => {
    const template = await create('Trash me');
    const early = await harness.call(`/api/templates/${template.id}?permanent=true`, {
      method: 'DELETE',
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('not-in-trash');

    const trashed = await harness.call(`/api/templates/${template.id}`, { method: 'DELETE' });
    expect(trashed.status).toBe(200);
    expect(templateSchema.parse(trashed.body).deletedAt).not.toBeNull();
    const inUse = templateListSchema.parse((await harness.call('/api/templates?q=Trash')).body);
    expect(inUse.items).toEqual([]);
    const trash = templateListSchema.parse(
      (await harness.call('/api/templates?q=Trash&trash=true')).body,
    );
    expect(trash.items.map((item) => item.id)).toEqual([template.id]);
    const saveToTrashed = await save(template.id, {
      msg_type: 'interactive',
      content: card('x'),
      baseVersion: 1,
    });
    expect(saveToTrashed.status).toBe(409);
    expect(saveToTrashed.body.error.code).toBe('in-trash');

    const restored = await harness.call(`/api/templates/${template.id}/restore`, {
      method: 'POST',
    });
    expect(templateSchema.parse(restored.body).deletedAt).toBeNull();
    await harness.call(`/api/templates/${template.id}`, { method: 'DELETE' });
    const gone = await harness.call(`/api/templates/${template.id}?permanent=true`, {
      method: 'DELETE',
    });
    expect(gone.status).toBe(204);
    expect((await harness.call(`/api/templates/${template.id}`)).status).toBe(404);
    expect((await harness.call(`/api/templates/${template.id}/versions`)).status).toBe(404);
  });

  it('answers 404 in JSON for unknown and malformed ids', async () => {
    for (const path of [
      '/api/templates/01234567-89ab-7def-8123-456789abcdef',
      '/api/templates/not-an-id',
      '/api/templates/not-an-id/versions/1',
      '/api/templates/01234567-89ab-7def-8123-456789abcdef/versions/abc',
    ]) {
      const response = await harness.call(path);
      expect(response.status).toBe(404);
      expect(apiErrorSchema.parse(response.body).error.code).toBe('not-found');
    }
  });
});

describe('versions', () => {
  let template: Template;
  beforeAll(async () => {
    template = await create('Versioned');
  });

  it('keeps every save as a version, lists them newest first, and reads any', async () => {
    const second = await save(template.id, {
      msg_type: 'interactive',
      content: card('Second'),
      baseVersion: 1,
      author: '小李',
    });
    expect(second.status).toBe(200);
    expect(templateSchema.parse(second.body)).toMatchObject({ version: 2, updatedBy: '小李' });
    const third = await save(template.id, {
      msg_type: 'interactive',
      content: card('Third'),
      baseVersion: 2,
    });
    expect(templateSchema.parse(third.body).version).toBe(3);

    const versions = templateVersionsSchema.parse(
      (await harness.call(`/api/templates/${template.id}/versions`)).body,
    );
    expect(versions.items.map((item) => [item.version, item.author])).toEqual([
      [3, null],
      [2, '小李'],
      [1, '小王'],
    ]);
    const first = templateVersionDetailSchema.parse(
      (await harness.call(`/api/templates/${template.id}/versions/1`)).body,
    );
    expect(first.content).toEqual(card('Versioned'));
    expect((await harness.call(`/api/templates/${template.id}/versions/9`)).status).toBe(404);
  });

  it('restores an old version as a new one, leaving the history as it was', async () => {
    const restored = await harness.call(`/api/templates/${template.id}/versions/1/restore`, {
      method: 'POST',
      json: { baseVersion: 3, author: '小王' },
    });
    expect(restored.status).toBe(200);
    const now = templateSchema.parse(restored.body);
    expect(now.version).toBe(4);
    expect(now.content).toEqual(card('Versioned'));
    const versions = templateVersionsSchema.parse(
      (await harness.call(`/api/templates/${template.id}/versions`)).body,
    );
    expect(versions.items[0]).toMatchObject({ version: 4, restoredFrom: 1 });
    const third = templateVersionDetailSchema.parse(
      (await harness.call(`/api/templates/${template.id}/versions/3`)).body,
    );
    expect(third.content).toEqual(card('Third'));
  });
});

describe('two people saving the same template', () => {
  it('tells the second who saved and when, and overwrites nothing', async () => {
    const template = await create('Shared');
    const [mine, theirs] = [card('Mine'), card('Theirs')];
    const first = await save(template.id, {
      msg_type: 'interactive',
      content: theirs,
      baseVersion: 1,
      author: 'Alice',
    });
    expect(first.status).toBe(200);
    const second = await save(template.id, {
      msg_type: 'interactive',
      content: mine,
      baseVersion: 1,
      author: 'Bob',
    });
    expect(second.status).toBe(409);
    const error = apiErrorSchema.parse(second.body).error;
    expect(error.code).toBe('version-conflict');
    expect(error.message).toContain('Alice');
    expect(error.message).toContain('version 2');
    expect(error.issues?.[0]?.params).toMatchObject({
      version: 2,
      baseVersion: 1,
      updatedBy: 'Alice',
    });
    const stored = templateSchema.parse((await harness.call(`/api/templates/${template.id}`)).body);
    expect(stored.content).toEqual(theirs);
    expect(stored.version).toBe(2);

    // Having seen theirs, Bob saves over version 2 on purpose.
    const overwrite = await save(template.id, {
      msg_type: 'interactive',
      content: mine,
      baseVersion: 2,
      author: 'Bob',
    });
    expect(templateSchema.parse(overwrite.body)).toMatchObject({ version: 3, content: mine });
  });

  it('lets exactly one of many simultaneous saves from the same version win', async () => {
    const template = await create('Race');
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        save(template.id, {
          msg_type: 'interactive',
          content: card(`racer ${index}`),
          baseVersion: 1,
          author: `racer ${index}`,
        }),
      ),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    const versions = templateVersionsSchema.parse(
      (await harness.call(`/api/templates/${template.id}/versions`)).body,
    );
    expect(versions.items.map((item) => item.version)).toEqual([2, 1]);
  });

  it('refuses a save without a base version', async () => {
    const template = await create('No base');
    const response = await save(template.id, { msg_type: 'interactive', content: card('x') });
    expect(response.status).toBe(400);
    expect(apiErrorSchema.parse(response.body).error.issues?.[0]?.path).toBe('/baseVersion');
  });
});

describe('the starter gallery and the export target', () => {
  it('ships the starters with the database, marked as starters', async () => {
    const list = templateListSchema.parse((await harness.call('/api/templates')).body);
    const starters = list.items.filter((item) => item.starter !== null);
    expect(starters.map((item) => item.starter).sort()).toEqual(
      STARTER_TEMPLATES.map((item) => item.key).sort(),
    );
    expect(new Set(starters.map((item) => item.msgType))).toEqual(
      new Set(['interactive', 'rich_text', 'markdown']),
    );
  });

  it('gives the real app id and upstream URL, never the secret', async () => {
    const response = await harness.call('/api/export-target');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ mode: 'live', appId: APP_ID, apiUrl: harness.mock.url });
  });
});

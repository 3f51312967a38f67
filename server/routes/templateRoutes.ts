import type { FastifyInstance, FastifyReply } from 'fastify';
import type * as z from 'zod/mini';
import {
  createTemplateSchema,
  duplicateTemplateSchema,
  renameTemplateSchema,
  restoreVersionSchema,
  saveTemplateSchema,
  type Template,
} from '../../src/api/schemas';
import { isStructuralIssue, pointer, validateContent, type MindIssue } from '../../src/mind';
import { sendError } from '../errors';
import { STARTER_TEMPLATES } from '../starterTemplates';
import type { Db } from '../store/db';
import { isId } from '../ids';
import {
  createTemplate,
  duplicateTemplate,
  getTemplate,
  getVersion,
  listTemplates,
  listVersions,
  purgeTemplate,
  renameTemplate,
  saveTemplate,
  seedStarters,
  setTrashed,
  type SaveResult,
} from '../store/templateStore';

const MAX_LIMIT = 500;

type Parsed<T> = { ok: true; value: T } | { ok: false; issues: MindIssue[] };

/** Parses a body with a contract schema; each problem located by a JSON pointer. */
function parseBody<T extends z.ZodMiniType>(schema: T, body: unknown): Parsed<z.infer<T>> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((item) => ({
      path: item.path.reduce<string>((base, key) => pointer(base, String(key)), ''),
      severity: 'error',
      code: 'invalid-field',
      message: item.message,
    })),
  };
}

/** Content a template can hold: what the model can represent (doubtful parts are kept). */
function contentIssues(msgType: string, content: unknown): MindIssue[] {
  return validateContent(msgType, content, '/content').filter(isStructuralIssue);
}

function refuse(reply: FastifyReply, issues: MindIssue[], what: string): FastifyReply {
  const [first] = issues;
  return sendError(
    reply,
    400,
    'invalid-template',
    `${what}: ${first?.message ?? 'the request is not valid'}${first?.path ? ` at ${first.path}` : ''}`,
    issues,
  );
}

const notFound = (reply: FastifyReply, id: string) =>
  sendError(reply, 404, 'not-found', `No template with id "${id.slice(0, 60)}"`);

/** The 409 for a save that started from an older version; says who saved and when. */
function answerRefusedSave(
  reply: FastifyReply,
  id: string,
  result: Exclude<SaveResult, { kind: 'saved' }>,
  baseVersion: number,
): FastifyReply {
  if (result.kind === 'not-found') return notFound(reply, id);
  const current: Template = result.current;
  if (result.kind === 'in-trash') {
    return sendError(
      reply,
      409,
      'in-trash',
      `"${current.name}" is in the trash; restore it before saving to it, or save a copy`,
    );
  }
  const who = current.updatedBy ?? 'someone';
  return sendError(
    reply,
    409,
    'version-conflict',
    `"${current.name}" was saved by ${who} at ${current.updatedAt} (version ${current.version}) ` +
      `after the version ${baseVersion} you started from. Nothing was overwritten: save yours ` +
      `as a copy, or look at version ${current.version} and save over it.`,
    [
      {
        path: '/baseVersion',
        severity: 'error',
        code: 'version-conflict',
        message: `The template is at version ${current.version}, not ${baseVersion}`,
        params: {
          version: current.version,
          baseVersion,
          updatedAt: current.updatedAt,
          ...(current.updatedBy ? { updatedBy: current.updatedBy } : {}),
        },
      },
    ],
  );
}

const author = (value: string | undefined) => value?.trim() || null;

/** Saved messages: CRUD, versions with restore, a trash, and the starter gallery. */
export function registerTemplateRoutes(app: FastifyInstance, db: Db): void {
  app.addHook('onReady', async () => {
    const added = await seedStarters(db, STARTER_TEMPLATES);
    if (added) app.log.info({ added }, 'starter templates added');
  });

  app.get('/api/templates', async (request, reply) => {
    const { q, trash, limit } = request.query as Record<string, unknown>;
    if (q !== undefined && (typeof q !== 'string' || q.length > 200)) {
      return sendError(reply, 400, 'invalid-query', 'q must be one text of at most 200 characters');
    }
    if (trash !== undefined && trash !== 'true' && trash !== 'false') {
      return sendError(reply, 400, 'invalid-query', 'trash must be true or false');
    }
    const count = limit === undefined || limit === '' ? MAX_LIMIT : Number(limit);
    if (!Number.isInteger(count) || count < 1 || count > MAX_LIMIT) {
      return sendError(
        reply,
        400,
        'invalid-query',
        `limit must be a whole number from 1 to ${MAX_LIMIT}`,
      );
    }
    return listTemplates(db, { q, trash: trash === 'true', limit: count });
  });

  app.post('/api/templates', async (request, reply) => {
    const parsed = parseBody(createTemplateSchema, request.body);
    if (!parsed.ok) return refuse(reply, parsed.issues, 'The template was not saved');
    const body = parsed.value;
    const issues = contentIssues(body.msg_type, body.content);
    if (issues.length) return refuse(reply, issues, 'The template was not saved');
    const template = await createTemplate(db, {
      name: body.name,
      description: body.description ?? '',
      msgType: body.msg_type,
      content: body.content,
      author: author(body.author),
    });
    return reply.code(201).header('location', `/api/templates/${template.id}`).send(template);
  });

  app.get('/api/templates/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    const template = isId(id) ? await getTemplate(db, id) : undefined;
    return template ?? notFound(reply, id);
  });

  app.put('/api/templates/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    if (!isId(id)) return notFound(reply, id);
    const parsed = parseBody(saveTemplateSchema, request.body);
    if (!parsed.ok) return refuse(reply, parsed.issues, 'Nothing was saved');
    const body = parsed.value;
    const issues = contentIssues(body.msg_type, body.content);
    if (issues.length) return refuse(reply, issues, 'Nothing was saved');
    const result = await saveTemplate(db, id, {
      msgType: body.msg_type,
      content: body.content,
      baseVersion: body.baseVersion,
      name: body.name,
      description: body.description,
      author: author(body.author),
    });
    if (result.kind !== 'saved') return answerRefusedSave(reply, id, result, body.baseVersion);
    return result.template;
  });

  app.patch('/api/templates/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    if (!isId(id)) return notFound(reply, id);
    const parsed = parseBody(renameTemplateSchema, request.body);
    if (!parsed.ok) return refuse(reply, parsed.issues, 'Nothing was changed');
    return (await renameTemplate(db, id, parsed.value)) ?? notFound(reply, id);
  });

  app.post('/api/templates/:id/duplicate', async (request, reply) => {
    const { id } = request.params as { id: string };
    if (!isId(id)) return notFound(reply, id);
    const parsed = parseBody(duplicateTemplateSchema, request.body);
    if (!parsed.ok) return refuse(reply, parsed.issues, 'Nothing was copied');
    const copy = await duplicateTemplate(db, id, {
      name: parsed.value.name,
      author: author(parsed.value.author),
    });
    if (!copy) return notFound(reply, id);
    return reply.code(201).header('location', `/api/templates/${copy.id}`).send(copy);
  });

  app.delete('/api/templates/:id', async (request, reply) => {
    const { id } = request.params as { id: string };
    const { permanent } = request.query as { permanent?: unknown };
    const template = isId(id) ? await getTemplate(db, id) : undefined;
    if (!template) return notFound(reply, id);
    if (permanent === 'true') {
      if (template.deletedAt === null) {
        return sendError(
          reply,
          409,
          'not-in-trash',
          `"${template.name}" is not in the trash; move it there first`,
        );
      }
      await purgeTemplate(db, id);
      return reply.code(204).send();
    }
    return (await setTrashed(db, id, true)) ?? notFound(reply, id);
  });

  app.post('/api/templates/:id/restore', async (request, reply) => {
    const { id } = request.params as { id: string };
    const template = isId(id) ? await setTrashed(db, id, false) : undefined;
    return template ?? notFound(reply, id);
  });

  app.get('/api/templates/:id/versions', async (request, reply) => {
    const { id } = request.params as { id: string };
    const items = isId(id) ? await listVersions(db, id) : undefined;
    return items ? { items } : notFound(reply, id);
  });

  app.get('/api/templates/:id/versions/:version', async (request, reply) => {
    const { id, version } = request.params as { id: string; version: string };
    const number = /^\d{1,9}$/.test(version) ? Number(version) : 0;
    const detail = isId(id) && number > 0 ? await getVersion(db, id, number) : undefined;
    return (
      detail ??
      sendError(
        reply,
        404,
        'not-found',
        `No version ${version.slice(0, 20)} of template "${id.slice(0, 60)}"`,
      )
    );
  });

  app.post('/api/templates/:id/versions/:version/restore', async (request, reply) => {
    const { id, version } = request.params as { id: string; version: string };
    const number = /^\d{1,9}$/.test(version) ? Number(version) : 0;
    const parsed = parseBody(restoreVersionSchema, request.body);
    if (!parsed.ok) return refuse(reply, parsed.issues, 'Nothing was restored');
    const old = isId(id) && number > 0 ? await getVersion(db, id, number) : undefined;
    if (!old) {
      return sendError(
        reply,
        404,
        'not-found',
        `No version ${version.slice(0, 20)} of template "${id.slice(0, 60)}"`,
      );
    }
    const result = await saveTemplate(db, id, {
      msgType: old.msgType,
      content: old.content,
      baseVersion: parsed.value.baseVersion,
      author: author(parsed.value.author),
      restoredFrom: old.version,
    });
    if (result.kind !== 'saved') {
      return answerRefusedSave(reply, id, result, parsed.value.baseVersion);
    }
    return result.template;
  });
}

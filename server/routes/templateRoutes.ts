import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import {
  createTemplateSchema,
  duplicateTemplateSchema,
  renameTemplateSchema,
  restoreVersionSchema,
  saveTemplateSchema,
  type Template,
} from '../../src/api/schemas';
import { isPlainObject, isStructuralIssue, validateContent, type MindIssue } from '../../src/mind';
import { sendError } from '../errors';
import { STARTER_TEMPLATES } from '../starterTemplates';
import type { Db } from '../store/db';
import { isId } from '../ids';
import type { Refusal } from '../validation';
import {
  idParams,
  limitParam,
  notFoundUnlessId,
  queryParam,
  refuseQuery,
  searchParam,
} from './requestParts';
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

/** A body as `schema` reads it; no body is an empty object. */
const bodyOf = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(
    z.transform((body: unknown): unknown => body ?? {}),
    schema,
  );

/** `:id/versions/:version`: a template's id and a version number (1 to 999,999,999). */
const versionParams = z.object({
  id: z.string().check(z.refine(isId)),
  version: z.pipe(
    z.string().check(
      z.regex(/^\d{1,9}$/),
      z.refine((version) => Number(version) > 0),
    ),
    z.transform(Number),
  ),
});

const versionNotFound: Refusal = (refused, request, reply) => {
  if (refused.part !== 'params') return refuseBody('Nothing was restored')(refused, request, reply);
  const { id, version } = isPlainObject(request.params) ? request.params : {};
  return sendError(
    reply,
    404,
    'not-found',
    `No version ${String(version).slice(0, 20)} of template "${String(id).slice(0, 60)}"`,
  );
};

/** Content a template can hold: what the model can represent (doubtful parts are kept). */
function contentIssues(msgType: string, content: unknown): MindIssue[] {
  return validateContent(msgType, content, '/content').filter(isStructuralIssue);
}

/** A body its schema refused: `what` did not happen, and why. */
const refuseBody =
  (what: string): Refusal =>
  (refused, _request, reply) =>
    refuse(reply, refused.issues, what);

const templateNotFound = (what: string) => notFoundUnlessId('template', refuseBody(what));

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
export const templateRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.addHook('onReady', async () => {
    const added = await seedStarters(db, STARTER_TEMPLATES);
    if (added) app.log.info({ added }, 'starter templates added');
  });

  app.get(
    '/api/templates',
    {
      schema: {
        querystring: z.object({
          q: searchParam('q must be one text of at most 200 characters'),
          trash: queryParam((value) =>
            value === 'true' || value === 'false'
              ? { value: value === 'true' }
              : 'trash must be true or false',
          ),
          limit: limitParam(MAX_LIMIT),
        }),
      },
      config: { refuse: refuseQuery },
    },
    async (request) => {
      const { q, trash = false, limit = MAX_LIMIT } = request.query;
      return listTemplates(db, { q, trash, limit });
    },
  );

  app.post(
    '/api/templates',
    {
      schema: { body: bodyOf(createTemplateSchema) },
      config: { refuse: refuseBody('The template was not saved') },
    },
    async (request, reply) => {
      const body = request.body;
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
    },
  );

  const byId = { schema: { params: idParams }, config: { refuse: templateNotFound('') } };

  app.get('/api/templates/:id', byId, async (request, reply) => {
    const { id } = request.params;
    return (await getTemplate(db, id)) ?? notFound(reply, id);
  });

  app.put(
    '/api/templates/:id',
    {
      schema: { params: idParams, body: bodyOf(saveTemplateSchema) },
      config: { refuse: templateNotFound('Nothing was saved') },
    },
    async (request, reply) => {
      const { id } = request.params;
      const body = request.body;
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
    },
  );

  app.patch(
    '/api/templates/:id',
    {
      schema: { params: idParams, body: bodyOf(renameTemplateSchema) },
      config: { refuse: templateNotFound('Nothing was changed') },
    },
    async (request, reply) => {
      const { id } = request.params;
      return (await renameTemplate(db, id, request.body)) ?? notFound(reply, id);
    },
  );

  app.post(
    '/api/templates/:id/duplicate',
    {
      schema: { params: idParams, body: bodyOf(duplicateTemplateSchema) },
      config: { refuse: templateNotFound('Nothing was copied') },
    },
    async (request, reply) => {
      const { id } = request.params;
      const copy = await duplicateTemplate(db, id, {
        name: request.body.name,
        author: author(request.body.author),
      });
      if (!copy) return notFound(reply, id);
      return reply.code(201).header('location', `/api/templates/${copy.id}`).send(copy);
    },
  );

  app.delete(
    '/api/templates/:id',
    {
      schema: {
        params: idParams,
        querystring: z.object({ permanent: z.optional(z.unknown()) }),
      },
      config: { refuse: templateNotFound('') },
    },
    async (request, reply) => {
      const { id } = request.params;
      const template = await getTemplate(db, id);
      if (!template) return notFound(reply, id);
      if (request.query.permanent === 'true') {
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
    },
  );

  app.post('/api/templates/:id/restore', byId, async (request, reply) => {
    const { id } = request.params;
    return (await setTrashed(db, id, false)) ?? notFound(reply, id);
  });

  app.get('/api/templates/:id/versions', byId, async (request, reply) => {
    const { id } = request.params;
    const items = await listVersions(db, id);
    return items ? { items } : notFound(reply, id);
  });

  app.get(
    '/api/templates/:id/versions/:version',
    { schema: { params: versionParams }, config: { refuse: versionNotFound } },
    async (request, reply) => {
      const { id, version } = request.params;
      return (
        (await getVersion(db, id, version)) ??
        sendError(reply, 404, 'not-found', `No version ${version} of template "${id}"`)
      );
    },
  );

  app.post(
    '/api/templates/:id/versions/:version/restore',
    {
      schema: { params: versionParams, body: bodyOf(restoreVersionSchema) },
      config: { refuse: versionNotFound },
    },
    async (request, reply) => {
      const { id, version } = request.params;
      const old = await getVersion(db, id, version);
      if (!old)
        return sendError(reply, 404, 'not-found', `No version ${version} of template "${id}"`);
      const { baseVersion } = request.body;
      const result = await saveTemplate(db, id, {
        msgType: old.msgType,
        content: old.content,
        baseVersion,
        author: author(request.body.author),
        restoredFrom: old.version,
      });
      if (result.kind !== 'saved') return answerRefusedSave(reply, id, result, baseVersion);
      return result.template;
    },
  );
};

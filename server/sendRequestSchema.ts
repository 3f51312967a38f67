import * as z from 'zod/mini';
import {
  MSG_TYPES,
  describeType,
  isOneOf,
  isPlainObject,
  issue,
  mentionsEveryone,
  pointer,
  pointerTokens,
  msgTypeIssue,
  validateContent,
  type MindIssue,
} from '../src/mind';
import {
  AUDIENCE_KINDS,
  MAX_RECIPIENTS,
  channelOfAudience,
  sendRequestSchema,
  type SendRequest,
} from '../src/api/schemas';
import { safeParse } from 'zod/v4/core';
import { checkSendAt } from '../src/api/schedule';
import { fieldsShapeIssues } from './personalSend';
import { customIssue, withIssueCode } from './validation';
import { yieldToLoop } from './yieldToLoop';

/*
 * `POST /api/messages`'s body: the shared `sendRequestSchema` (the contract the browser sends
 * by), after the refinements below, which say what is wrong in the words and at the places the
 * API has always used: the message by the model's validator for its channel, an audience that
 * reaches nobody by accident (`all` and a group's everyone need "ALL"), the extras. They run
 * on the body as sent, in that order, so that each problem is reported once, located by a JSON
 * pointer; the contract's own parse then sees only a body they found nothing wrong with.
 */

const MAX_ID_LENGTH = 200;
const CLIENT_ID = /^[A-Za-z0-9_.:-]{1,100}$/;
const AUDIENCE_HINT =
  'audience must be {"kind":"user","id":…}, {"kind":"users","ids":[…]} or {"kind":"all","confirm":"ALL"} (subscribers), {"kind":"robot","ids":[…]} (the robot to people) or {"kind":"group","id":…} (the robot to a group)';
const GROUP_ID = /^[^\s"'<>]{1,200}$/;

/** The message: its type, then its content with the model's validator for the audience's channel. */
function messageIssues(body: Record<string, unknown>): MindIssue[] {
  const issues: MindIssue[] = [];
  // The API's body names its type; Mind's wire may leave it out (text).
  const msgType = body.msg_type;
  const known = isOneOf(MSG_TYPES, msgType);
  if (msgType === undefined) {
    issues.push(
      issue(
        'error',
        '/msg_type',
        'required',
        `msg_type is required: one of ${MSG_TYPES.join(', ')}`,
      ),
    );
  } else if (!known) issues.push(msgTypeIssue(msgType));
  if (body.content === undefined) {
    issues.push(issue('error', '/content', 'required', 'content is required'));
  } else if (typeof body.content === 'string') {
    issues.push(
      issue(
        'error',
        '/content',
        'invalid-type',
        'content must be the content object itself, not a JSON string: the server encodes it',
      ),
    );
  } else if (known && body.fields !== undefined) {
    // The template is checked as each person's message, once expanded (expandPersonal).
    issues.push(...everyoneIssues(body, []));
  } else if (known) {
    const channel = channelOfAudience(audienceKindOf(body.audience));
    const contentIssues = validateContent(msgType, body.content, '/content', channel).filter(
      (item) => item.severity === 'error',
    );
    issues.push(...contentIssues, ...everyoneIssues(body, contentIssues));
  }
  return issues;
}

function audienceKindOf(audience: unknown): (typeof AUDIENCE_KINDS)[number] {
  return isPlainObject(audience) && isOneOf(AUDIENCE_KINDS, audience.kind)
    ? audience.kind
    : 'users';
}

/**
 * A mention of everyone (`<at user_id="all">`, a `mention` node with id `all`, in any part of
 * the content) reaches every member of a group: only in a group, and only with `ALL` typed.
 */
function everyoneIssues(body: Record<string, unknown>, found: MindIssue[]): MindIssue[] {
  if (!mentionsEveryone(body.content)) return [];
  const audience = isPlainObject(body.audience) ? body.audience : {};
  if (audience.kind !== 'group') {
    if (found.some((item) => item.code === 'mention-all-not-group')) return [];
    return [
      issue(
        'error',
        '/content',
        'mention-all-not-group',
        'The message mentions everyone (user_id "all"), which works only in a group message',
      ),
    ];
  }
  if (audience.confirm === 'ALL') return [];
  return [
    issue(
      'error',
      '/audience/confirm',
      'mention-all-confirm-required',
      'The message mentions everyone in the group (user_id "all"), which reaches every member: confirm it with "confirm": "ALL" (exactly, in capitals) in the audience',
    ),
  ];
}

/** A list (`users`, `robot`) whose ids are checked one by one: at most `MAX_RECIPIENTS`. */
function idList(audience: unknown): unknown[] | undefined {
  if (!isPlainObject(audience) || (audience.kind !== 'users' && audience.kind !== 'robot'))
    return undefined;
  const ids = audience.ids;
  return Array.isArray(ids) && ids.length <= MAX_RECIPIENTS ? ids : undefined;
}

/** Ids checked between two turns of the event loop (100,000 in one go held it ~10 ms). */
const IDS_PER_TURN = 10_000;
/** Lists longer than a turn's worth, checked ahead in turns (`checkIdsInTurns`). */
const checkedInTurns = new WeakMap<unknown[], MindIssue[]>();

function idIssuesOf(ids: unknown[], start: number, end: number, issues: MindIssue[]): void {
  for (let index = start; index < end; index += 1) {
    const id: unknown = ids[index];
    if (!isOpenId(id)) issues.push(...idIssues(id, pointer('/audience/ids', index)));
  }
}

/**
 * Checks a long list's ids a chunk at a time with the event loop free between chunks, before
 * the schema runs (the send route's preValidation; zod parses in one go); the schema's rule
 * then reads what was found. The one thing about a send body that a schema cannot do itself.
 */
export async function checkIdsInTurns(body: unknown): Promise<void> {
  const ids = isPlainObject(body) ? idList(body.audience) : undefined;
  if (!ids || ids.length <= IDS_PER_TURN) return;
  const issues: MindIssue[] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_TURN) {
    if (start > 0) await yieldToLoop();
    idIssuesOf(ids, start, Math.min(start + IDS_PER_TURN, ids.length), issues);
  }
  checkedInTurns.set(ids, issues);
}

/** Each id of a list within the limits; the path is written only for a wrong id. */
function listIdIssues(audience: unknown): MindIssue[] {
  const ids = idList(audience);
  if (!ids) return [];
  const checked = checkedInTurns.get(ids);
  if (checked) return checked;
  const issues: MindIssue[] = [];
  idIssuesOf(ids, 0, ids.length, issues);
  return issues;
}

function audienceIssues(audience: unknown): MindIssue[] {
  if (audience === undefined) {
    return [
      issue('error', '/audience', 'audience-required', `Who should receive it? ${AUDIENCE_HINT}`),
    ];
  }
  if (!isPlainObject(audience)) {
    return [issue('error', '/audience', 'invalid-type', AUDIENCE_HINT)];
  }
  switch (audience.kind) {
    case 'user':
      return [
        ...unexpectedKeys(audience, ['kind', 'id']),
        ...idIssues(audience.id, '/audience/id'),
      ];
    case 'users':
    case 'robot': {
      const issues = unexpectedKeys(audience, ['kind', 'ids']);
      const ids = audience.ids;
      if (!Array.isArray(ids)) {
        issues.push(
          issue('error', '/audience/ids', 'invalid-type', 'ids must be an array of open_ids'),
        );
      } else if (ids.length === 0) {
        issues.push(
          issue(
            'error',
            '/audience/ids',
            'receive-ids-empty',
            audience.kind === 'robot'
              ? 'The list of people is empty: the robot needs at least one open_id'
              : 'The list of recipients is empty, and an empty list would reach every subscriber. To send to everyone use {"kind":"all","confirm":"ALL"}',
          ),
        );
      } else if (ids.length > MAX_RECIPIENTS) {
        issues.push(
          issue(
            'error',
            '/audience/ids',
            'too-many-recipients',
            `At most ${MAX_RECIPIENTS} recipients per send`,
          ),
        );
      }
      // Each id: `listIdIssues`.
      return issues;
    }
    case 'all':
      return [
        ...unexpectedKeys(audience, ['kind', 'confirm']),
        ...(audience.confirm === 'ALL'
          ? []
          : [
              issue(
                'error',
                '/audience/confirm',
                'confirm-required',
                'Sending to every subscriber needs the confirmation "confirm": "ALL" (exactly, in capitals)',
              ),
            ]),
      ];
    case 'group': {
      const issues = unexpectedKeys(audience, ['kind', 'id', 'confirm']);
      if (typeof audience.id !== 'string' || !GROUP_ID.test(audience.id)) {
        issues.push(
          issue(
            'error',
            '/audience/id',
            'group-id-invalid',
            'A group needs its id (group_id): 1–200 characters, no spaces or quotes',
          ),
        );
      }
      if (audience.confirm !== undefined && audience.confirm !== 'ALL') {
        issues.push(
          issue(
            'error',
            '/audience/confirm',
            'confirm-required',
            'confirm, when given, must be "ALL" (exactly, in capitals)',
          ),
        );
      }
      return issues;
    }
    default:
      return [
        issue(
          'error',
          '/audience/kind',
          'invalid-value',
          `audience.kind must be user, users, all, robot or group. ${AUDIENCE_HINT}`,
        ),
      ];
  }
}

/** What `idIssues` finds nothing wrong with, cheaply (a list may hold 100,000). */
const isOpenId = (id: unknown): boolean =>
  typeof id === 'string' && id.length > 0 && id.length <= MAX_ID_LENGTH && !/\s/.test(id);

function idIssues(id: unknown, path: string): MindIssue[] {
  if (typeof id !== 'string' || id.trim() === '') {
    return [
      issue('error', path, 'receive-id-invalid', 'Each recipient must be a non-empty open_id'),
    ];
  }
  if (/\s/.test(id) || id.length > MAX_ID_LENGTH) {
    return [
      issue(
        'error',
        path,
        'receive-id-invalid',
        `"${id.slice(0, 40)}" is not an open_id: no spaces, at most ${MAX_ID_LENGTH} characters`,
      ),
    ];
  }
  return [];
}

function unexpectedKeys(audience: Record<string, unknown>, allowed: string[]): MindIssue[] {
  return Object.keys(audience)
    .filter((key) => !allowed.includes(key))
    .map((key) =>
      issue(
        'error',
        pointer('/audience', key),
        'unexpected-field',
        `A "${String(audience.kind)}" audience takes only ${allowed.filter((name) => name !== 'kind').join(', ')}; remove "${key}"`,
      ),
    );
}

function extraIssues(body: Record<string, unknown>, now: number): MindIssue[] {
  const issues: MindIssue[] = [];
  const { receive_type: receiveType, clientId, sender, sendAt } = body;
  if (sendAt !== undefined) {
    const checked = checkSendAt(sendAt, now);
    if (!checked.ok) issues.push(issue('error', '/sendAt', checked.code, checked.message));
  }
  if (
    receiveType !== undefined &&
    (typeof receiveType !== 'number' || !Number.isInteger(receiveType) || receiveType < 0)
  ) {
    issues.push(
      issue(
        'error',
        '/receive_type',
        'invalid-type',
        'receive_type must be a whole number (1 = subscribed users)',
      ),
    );
  }
  if (clientId !== undefined && (typeof clientId !== 'string' || !CLIENT_ID.test(clientId))) {
    issues.push(
      issue(
        'error',
        '/clientId',
        'invalid-value',
        'clientId must be 1–100 letters, digits or _ . : -',
      ),
    );
  }
  if (sender !== undefined && (typeof sender !== 'string' || sender.length > 100)) {
    issues.push(
      issue('error', '/sender', 'invalid-type', 'sender must be text of at most 100 characters'),
    );
  }
  const kind = audienceKindOf(body.audience);
  if (receiveType !== undefined && channelOfAudience(kind) !== 'subscribers') {
    issues.push(
      issue(
        'error',
        '/receive_type',
        'unexpected-field',
        'receive_type belongs to send_message (subscribers); the robot’s endpoints do not take it',
      ),
    );
  }
  for (const key of ['receive_id', 'receive_ids'] as const) {
    if (key in body) {
      issues.push(
        issue(
          'error',
          pointer('', key),
          'unexpected-field',
          `Put recipients in "audience", not "${key}"`,
        ),
      );
    }
  }
  return issues;
}

/**
 * A refinement whose rule finds the API's issues in a body (an object by then); the next rule
 * runs whatever it found (`continue`), so that one answer lists every problem.
 */
const rule = (find: (body: Record<string, unknown>) => MindIssue[]) =>
  z.superRefine<Record<string, unknown>>((body, ctx) => {
    for (const found of find(body)) {
      const tokens = pointerTokens(found.path);
      ctx.issues.push({
        ...customIssue(body, tokens, found.code, found.message, found.params),
        continue: true,
      });
    }
  });

/** A body that is a JSON object; anything else is refused as such, before any rule runs. */
const jsonObject = z.custom<Record<string, unknown>>(isPlainObject, {
  error: (problem) => `The body must be a JSON object, not ${describeType(problem.input)}`,
  params: { code: 'not-an-object' },
  abort: true,
});

/**
 * The contract's parse (`sendRequestSchema`) of a body every rule above has passed. A list of ids
 * is not walked again: the rules checked each id (a long list in turns, `checkIdsInTurns`), and
 * zod going through 100,000 of them in one turn of the event loop was the longest wait while the
 * first big send was accepted (13 ms of CPU, cold; `npm run bench -- bigsend`).
 */
const contract = z.transform((body: Record<string, unknown>, ctx): SendRequest => {
  const ids = idList(body.audience) as string[] | undefined;
  const parsed = safeParse(
    sendRequestSchema,
    ids ? { ...body, audience: { ...(body.audience as object), ids: [] } } : body,
  );
  if (!parsed.success) {
    // As the contract's own issues: located, its message, no code of their own.
    for (const { input, path, message } of parsed.error.issues)
      ctx.issues.push({ code: 'custom', input, path, message });
    return undefined as never;
  }
  const { audience } = parsed.data;
  return ids && (audience.kind === 'users' || audience.kind === 'robot')
    ? { ...parsed.data, audience: { ...audience, ids } }
    : parsed.data;
});

/**
 * `POST /api/messages`'s body, refined: every rule runs (all problems are reported at once),
 * then the contract's parse (`invalid-request`), which gives the route its typed request.
 */
export const sendBodySchema = withIssueCode(
  z.pipe(
    jsonObject.check(
      rule(messageIssues),
      rule((body) => [...audienceIssues(body.audience), ...listIdIssues(body.audience)]),
      rule((body) => extraIssues(body, Date.now())),
      rule((body) =>
        body.fields === undefined ? [] : fieldsShapeIssues(body.fields, body.audience),
      ),
    ),
    contract,
  ),
  'invalid-request',
);

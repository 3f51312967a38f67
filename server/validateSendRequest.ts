import { createHash } from 'node:crypto';
import {
  MSG_TYPES,
  describeType,
  isOneOf,
  isPlainObject,
  issue,
  mentionsEveryone,
  pointer,
  stringifyJson,
  validateContent,
  type MindIssue,
} from '../src/mind';
import {
  AUDIENCE_KINDS,
  channelOfAudience,
  sendRequestSchema,
  type Person,
  type SendRequest,
} from '../src/api/schemas';
import { checkSendAt } from '../src/api/schedule';
import { expandPersonal, fieldsShapeIssues, type PersonalExpansion } from './personalSend';
import { yieldToLoop } from './yieldToLoop';

export type ValidatedSend =
  | {
      ok: true;
      request: SendRequest;
      fingerprint: string;
      /** A scheduled send's time (docs/server.md#scheduled-sends). */
      sendAt?: Date;
      /** A send with `fields`: each recipient's message (docs/personal.md). */
      personal?: PersonalExpansion;
    }
  | { ok: false; issues: MindIssue[] };

const MAX_RECIPIENTS = 100_000;
const MAX_ID_LENGTH = 200;
const CLIENT_ID = /^[A-Za-z0-9_.:-]{1,100}$/;
const AUDIENCE_HINT =
  'audience must be {"kind":"user","id":…}, {"kind":"users","ids":[…]} or {"kind":"all","confirm":"ALL"} (subscribers), {"kind":"robot","ids":[…]} (the robot to people) or {"kind":"group","id":…} (the robot to a group)';
const GROUP_ID = /^[^\s"'<>]{1,200}$/;

/**
 * Checks a `POST /api/messages` body: the message with the model's validator, the audience
 * so that nothing is sent without recipients unless `all` is confirmed, and the extras.
 * Every problem is located by a JSON pointer into the body.
 */
export async function validateSendRequest(
  body: unknown,
  /** The directory by open_id, for fields the list has no column of (docs/personal.md). */
  directory?: ReadonlyMap<string, Person>,
  now = Date.now(),
): Promise<ValidatedSend> {
  if (!isPlainObject(body)) {
    return fail([
      issue(
        'error',
        '',
        'not-an-object',
        `The body must be a JSON object, not ${describeType(body)}`,
      ),
    ]);
  }
  const issues: MindIssue[] = [];
  const msgType = body.msg_type;
  if (msgType === undefined) {
    issues.push(
      issue(
        'error',
        '/msg_type',
        'required',
        `msg_type is required: one of ${MSG_TYPES.join(', ')}`,
      ),
    );
  } else if (!isOneOf(MSG_TYPES, msgType)) {
    issues.push(
      issue(
        'error',
        '/msg_type',
        'unknown-msg-type',
        `msg_type must be one of ${MSG_TYPES.join(', ')}`,
        {
          value: typeof msgType === 'string' ? msgType : describeType(msgType),
        },
      ),
    );
  }
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
  } else if (isOneOf(MSG_TYPES, msgType) && body.fields !== undefined) {
    // The template is checked as each person's message, once expanded (expandPersonal).
    issues.push(...everyoneIssues(body, []));
  } else if (isOneOf(MSG_TYPES, msgType)) {
    const channel = channelOfAudience(audienceKindOf(body.audience));
    const contentIssues = validateContent(msgType, body.content, '/content', channel).filter(
      (item) => item.severity === 'error',
    );
    issues.push(...contentIssues, ...everyoneIssues(body, contentIssues));
  }
  issues.push(...audienceIssues(body.audience));
  issues.push(...(await listIdIssues(body.audience)));
  issues.push(...extraIssues(body, now));
  if (body.fields !== undefined) issues.push(...fieldsShapeIssues(body.fields, body.audience));
  if (issues.length) return fail(issues);

  const parsed = sendRequestSchema.safeParse(body);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((item) =>
        issue(
          'error',
          pointer('', ...item.path.map((key) => String(key))),
          'invalid-request',
          item.message,
        ),
      ),
    );
  }
  const { msg_type, content, audience, receive_type, fields } = parsed.data;
  const fingerprint = await fingerprintOf({
    msg_type,
    content,
    audience,
    receive_type,
    ...(fields ? { fields } : {}),
  });
  const scheduled =
    parsed.data.sendAt === undefined ? undefined : checkSendAt(parsed.data.sendAt, now);
  const request = { ...parsed.data, content: body.content };
  const sendAt = scheduled?.ok ? { sendAt: scheduled.at } : {};
  if (!request.fields) return { ok: true, request, fingerprint, ...sendAt };
  const expanded = expandPersonal({ ...request, fields: request.fields }, directory);
  if (!expanded.ok) return fail(expanded.issues);
  return { ok: true, request, fingerprint, ...sendAt, personal: expanded.expansion };
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

/**
 * SHA-256 of `stringifyJson(request)`, the same digest, hashed a piece at a time: a list of
 * ids `IDS_PER_TURN` at a time with the event loop free between them (100,000 ids took 15–20
 * ms in one go). Only the audience's list is split; every other value is one piece.
 */
export async function fingerprintOf(request: Record<string, unknown>): Promise<string> {
  const hash = createHash('sha256');
  const writeObject = async (
    value: Record<string, unknown>,
    writeValue: (key: string, item: unknown) => Promise<void>,
  ) => {
    hash.update('{');
    let first = true;
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      hash.update(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      await writeValue(key, item);
    }
    hash.update('}');
  };
  const writeList = async (ids: unknown[]) => {
    hash.update('[');
    for (let start = 0; start < ids.length; start += IDS_PER_TURN) {
      if (start > 0) {
        await yieldToLoop();
        hash.update(',');
      }
      hash.update(stringifyJson(ids.slice(start, start + IDS_PER_TURN)).slice(1, -1));
    }
    hash.update(']');
  };
  await writeObject(request, async (key, item) => {
    if (key === 'audience' && isPlainObject(item) && Array.isArray(item.ids))
      await writeObject(item, async (audienceKey, value) => {
        if (audienceKey === 'ids' && Array.isArray(value)) await writeList(value as unknown[]);
        else hash.update(stringifyJson(value));
      });
    else hash.update(stringifyJson(item));
  });
  return hash.digest('hex');
}

/** Ids checked between two turns of the event loop. */
const IDS_PER_TURN = 10_000;

/**
 * Each id of a list (`users`, `robot`) within the limits, a chunk at a time: a list of 100,000
 * is checked without holding other requests up. The path is written only for a wrong id.
 */
async function listIdIssues(audience: unknown): Promise<MindIssue[]> {
  if (!isPlainObject(audience) || (audience.kind !== 'users' && audience.kind !== 'robot'))
    return [];
  const ids = audience.ids;
  if (!Array.isArray(ids) || ids.length > MAX_RECIPIENTS) return [];
  const issues: MindIssue[] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_TURN) {
    if (start > 0) await yieldToLoop();
    const end = Math.min(start + IDS_PER_TURN, ids.length);
    for (let index = start; index < end; index += 1) {
      const id: unknown = ids[index];
      if (!isOpenId(id)) issues.push(...idIssues(id, pointer('/audience/ids', index)));
    }
  }
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
      // Each id: `listIdIssues`, a chunk at a time.
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

const fail = (issues: MindIssue[]): ValidatedSend => ({ ok: false, issues });

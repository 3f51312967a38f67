import { createHash } from 'node:crypto';
import { isPlainObject, stringifyJson, type MindIssue } from '../src/mind';
import type { Person, SendRequest } from '../src/api/schemas';
import { expandPersonal, type PersonalExpansion } from './personalSend';
import { yieldToLoop } from './yieldToLoop';

export type PreparedSend =
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

/**
 * What a send needs beyond its checked body (`sendBodySchema`), none of which a schema can say:
 * its fingerprint (hashed a chunk at a time, the event loop free between), its time, and with
 * `fields` each person's message, which needs the directory and can still be refused.
 */
export async function prepareSend(
  request: SendRequest,
  /** The directory by open_id, for fields the list has no column of (docs/personal.md). */
  directory?: ReadonlyMap<string, Person>,
): Promise<PreparedSend> {
  const { msg_type, content, audience, receive_type, fields } = request;
  const fingerprint = await fingerprintOf({
    msg_type,
    content,
    audience,
    receive_type,
    ...(fields ? { fields } : {}),
  });
  // The body's sendAt passed `checkSendAt` (sendBodySchema): the time it names.
  const sendAt = request.sendAt === undefined ? {} : { sendAt: new Date(request.sendAt) };
  if (!request.fields) return { ok: true, request, fingerprint, ...sendAt };
  const expanded = expandPersonal({ ...request, fields: request.fields }, directory);
  if (!expanded.ok) return { ok: false, issues: expanded.issues };
  return { ok: true, request, fingerprint, ...sendAt, personal: expanded.expansion };
}

/**
 * SHA-256 of `stringifyJson(request)`, the same digest, hashed a piece at a time: a list of
 * ids `IDS_PER_TURN` at a time with the event loop free between them (100,000 ids took 15–20
 * ms in one go). Only the audience's list is split; every other value is one piece.
 */
export async function fingerprintOf(request: Record<string, unknown>): Promise<string> {
  const { audience } = request;
  // A list of one turn or none (most sends): the request in one piece.
  if (
    !isPlainObject(audience) ||
    !Array.isArray(audience.ids) ||
    audience.ids.length <= IDS_PER_TURN
  )
    return createHash('sha256').update(stringifyJson(request)).digest('hex');
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

/** Ids hashed between two turns of the event loop. */
const IDS_PER_TURN = 10_000;

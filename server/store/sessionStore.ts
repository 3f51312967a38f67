import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Db } from './db';

/** How long a login lasts. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

const digest = (sessionId: string) => createHash('sha256').update(sessionId).digest('hex');

/** Names the access token without holding it: sessions opened with another token do not count. */
export const tokenTag = (token: string) =>
  createHmac('sha256', token).update('mind-card-studio session token').digest('base64url');

/** Opens a session and returns its id, the cookie's value (random, unrelated to the token). */
export async function openSession(db: Db, token: string, now = new Date()): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  await db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
  await db
    .insertInto('sessions')
    .values({
      id: digest(id),
      token_tag: tokenTag(token),
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
    })
    .execute();
  return id;
}

/** True for a session opened with this token that has not expired or been closed. */
export async function isOpenSession(db: Db, sessionId: string, token: string): Promise<boolean> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(sessionId)) return false;
  const row = await db
    .selectFrom('sessions')
    .select(['token_tag', 'expires_at'])
    .where('id', '=', digest(sessionId))
    .executeTakeFirst();
  return (
    row !== undefined &&
    row.token_tag === tokenTag(token) &&
    row.expires_at > new Date().toISOString()
  );
}

export async function closeSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', digest(sessionId)).execute();
}

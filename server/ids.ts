import { randomFillSync } from 'node:crypto';

let lastTime = 0;
let sequence = 0;

/**
 * Random bytes for the next ids, drawn from the system's generator a few kilobytes at a time
 * (as Node's own `randomUUID` does): one call into it for every 256 ids, not one for each.
 */
const POOL_IDS = 256;
const pool = Buffer.alloc(16 * POOL_IDS);
let pooled = POOL_IDS;

/** The next 16 random bytes of the pool, which the caller may overwrite. */
function nextRandom16(): Buffer {
  if (pooled === POOL_IDS) {
    randomFillSync(pool);
    pooled = 0;
  }
  pooled += 1;
  return pool.subarray((pooled - 1) * 16, pooled * 16);
}

/*
 * The ids of what this server records (sends, templates): made here and nowhere else, and
 * recognised by `isId` in every route that takes one.
 */

/** Any UUID, as our ids are written (lower-case hex): anything else is not one of ours. */
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether `text` has the shape of an id this server makes (a route's `:id`). */
export const isId = (text: string): boolean => ID.test(text);

/**
 * A UUID version 7 (RFC 9562): time-ordered, so ids sort in the order they were made, with a
 * counter in `rand_a` keeping ids made in the same millisecond in order too.
 */
export function newId(time = Date.now()): string {
  if (time <= lastTime) {
    sequence += 1;
    if (sequence > 0xfff) {
      lastTime += 1;
      sequence = 0;
    }
  } else {
    lastTime = time;
    sequence = 0;
  }
  const bytes = nextRandom16();
  bytes.writeUIntBE(lastTime, 0, 6);
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

import { compileOnce } from './store/compileOnce';
import { dialectOf, type Db } from './store/db';

/*
 * Paces requests to Mind across every server on one database: each request first takes a turn
 * from one row (`mind_pace`, migration 0007_schedule_and_pace). A turn is the later of now, the
 * row's next free turn and the end of a pause; taking it moves the next free turn on by
 * 1000 / MIND_RATE_PER_SECOND ms, not always whole (3⅓ at 300 a second), in a transaction that
 * holds the row (PostgreSQL: `for update`). Turns are at least that far apart whichever server
 * takes them, so Mind sees at most the rate in any second (one more where a late turn meets an
 * early one). A turn is used once its millisecond has come (the clock's resolution: a timer
 * cannot wait less), so above 1,000 a second up to one turn a millisecond more may meet it; a
 * turn woken more than half a spacing (at least 1 ms) late is given up for a later one, so a
 * busy machine does not crowd them.
 * A 429 from Mind pauses every server: no turn before its Retry-After has passed, and a turn
 * taken before the pause is taken again after it.
 *
 * SQLite is one process per file (docs/server.md), so there the turns are this process's own and
 * kept in memory (two statements a request less: they were a fifth of a send's storage work);
 * the row keeps a pause, which a restart within it still honours.
 */

export interface Pacer {
  /** Resolves when this server may send one request to Mind. */
  turn(): Promise<void>;
  /**
   * Takes a turn if one is free this millisecond, as `turn` would without waiting, and says so;
   * takes nothing and says false otherwise, and always on PostgreSQL (its turns are the row's).
   */
  turnNow(): boolean;
  /** Mind asked for no requests for `ms`: no server takes a turn until then. */
  pause(ms: number): Promise<void>;
}

const ROW = 'mind';
/** The longest pause a Retry-After can ask for. */
export const MAX_PAUSE_MS = 5 * 60_000;

const readPause = compileOnce([], (db) =>
  db.selectFrom('mind_pace').select('paused_until').where('id', '=', ROW),
);

/** How many late turns in a row are given up before one is used anyway. */
const MAX_LATE_TURNS = 3;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createPacer(db: Db, ratePerSecond: number): Pacer {
  // Not rounded up to a whole millisecond: that paced every rate whose spacing is not whole
  // slower than asked (300 a second went at 250, 600 and 10,000 at 500 and 1,000), and put every
  // burst's turns a timer apart. PostgreSQL keeps the fraction (0011_fractional_pace).
  const spacing = 1000 / ratePerSecond;
  /**
   * How late a turn may be used: later, it could meet the next turn within one spacing. Not
   * under the clock's resolution, or every turn a timer wakes would count as late.
   */
  const lateMs = Math.max(spacing / 2, 1);
  const postgres = dialectOf(db) === 'postgres';

  /** The row, held until the transaction ends. */
  const held = (trx: Db) =>
    trx
      .selectFrom('mind_pace')
      .select(['next_at', 'paused_until'])
      .where('id', '=', ROW)
      .$if(postgres, (query) => query.forUpdate())
      .executeTakeFirstOrThrow();

  /** The end of the pause the row holds (ms since 1970). */
  const storedPause = async (): Promise<number> => {
    const [row] = (await readPause(db, {})).rows;
    if (!row) throw new Error('the mind_pace row is missing');
    return Number(row.paused_until);
  };

  /**
   * SQLite: the next free turn and the end of a pause, in memory; the row's pause read once (the
   * highest of it and any pause since is kept).
   */
  let nextAt = 0;
  let pausedUntilHere: number | undefined;
  const pauseHere = async (): Promise<number> => {
    if (pausedUntilHere === undefined) {
      const stored = await storedPause();
      pausedUntilHere = Math.max(pausedUntilHere ?? 0, stored);
    }
    return pausedUntilHere;
  };

  /**
   * Takes the next free turn; when it is (ms since 1970). On PostgreSQL the row is held first
   * and the time read then, as another server's turn may be holding it.
   */
  const reserve = async () => {
    if (!postgres) {
      const pausedTo = await pauseHere();
      // Read after the await: another turn may have moved it meanwhile.
      const slot = Math.max(nextAt, pausedTo, Date.now());
      nextAt = slot + spacing;
      return slot;
    }
    return db.transaction().execute(async (trx) => {
      const row = await held(trx);
      const slot = Math.max(Number(row.next_at), Number(row.paused_until), Date.now());
      await trx
        .updateTable('mind_pace')
        .set({ next_at: slot + spacing })
        .where('id', '=', ROW)
        .execute();
      return slot;
    });
  };

  const pausedUntil = () => (postgres ? storedPause() : pauseHere());

  return {
    async turn() {
      for (let late = 0; ;) {
        const slot = await reserve();
        // A turn within the current millisecond goes now: a timer cannot wait less than one.
        const wait = slot - Date.now();
        if (wait >= 1) await sleep(wait);
        // A 429 while this server waited: its turn is taken again, after the pause.
        if ((await pausedUntil()) > Date.now()) continue;
        // Woken well after its turn (a busy machine): the turns after it may already be on
        // time, and this one would crowd them, so a later turn is taken instead. A few times
        // at most, so that a machine that is always late still sends.
        if (Date.now() - slot > lateMs && late < MAX_LATE_TURNS) {
          late += 1;
          continue;
        }
        return;
      }
    },
    turnNow() {
      // The pause is read from the row once, by the first turn.
      if (postgres || pausedUntilHere === undefined) return false;
      const now = Date.now();
      const slot = Math.max(nextAt, pausedUntilHere, now);
      if (slot - now >= 1) return false;
      nextAt = slot + spacing;
      return true;
    },
    async pause(ms) {
      const until = Date.now() + Math.min(Math.max(ms, 0), MAX_PAUSE_MS);
      if (!postgres) {
        pausedUntilHere = Math.max(await pauseHere(), until);
        nextAt = Math.max(nextAt, until);
      }
      await db.transaction().execute(async (trx) => {
        const row = await held(trx);
        await trx
          .updateTable('mind_pace')
          .set({
            paused_until: Math.max(Number(row.paused_until), until),
            next_at: Math.max(Number(row.next_at), until),
          })
          .where('id', '=', ROW)
          .execute();
      });
    },
  };
}

/**
 * A Retry-After header in ms: delay-seconds (`2`) or an HTTP date; `fallbackMs` when absent or
 * unreadable.
 */
export function retryAfterMs(header: string | null, fallbackMs: number, now = Date.now()): number {
  const value = header?.trim() ?? '';
  if (/^\d+$/.test(value)) return Math.min(Number(value) * 1000, MAX_PAUSE_MS);
  const date = value ? Date.parse(value) : Number.NaN;
  if (!Number.isNaN(date)) return Math.min(Math.max(date - now, 0), MAX_PAUSE_MS);
  return fallbackMs;
}

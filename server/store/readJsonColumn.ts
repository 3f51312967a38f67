import * as z from 'zod/mini';

/** The JSON array of open_ids or cells that the store writes into a text column. */
export const stringsColumn = z.array(z.string());
/** Mind's `code` as answered: a number, or a string (the guide types it as one). */
export const codeColumn = z.union([z.number(), z.string()]);

/**
 * A JSON column read back through the schema of what this server writes into it: a value that
 * does not fit is a damaged database, and throws, rather than reaching an answer mistyped.
 */
export const readJsonColumn = <T>(text: string, schema: z.ZodMiniType<T>): T =>
  schema.parse(JSON.parse(text));

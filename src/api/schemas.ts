import { z } from 'zod';

/*
 * The contract of our own server's API, shared by the browser (which parses every response
 * with it) and the server (which builds responses to fit it). Pure: zod only.
 */

/** Every error response: a stable code, a sentence, and where relevant the located issues. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z
      .array(
        z.object({
          path: z.string(),
          severity: z.enum(['error', 'warning']),
          code: z.string(),
          message: z.string(),
          params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
        }),
      )
      .optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export const statusSchema = z.object({
  mode: z.enum(['sandbox', 'live']),
  /** The app id with its middle masked, e.g. `mind_y2…60u2yd`; null in sandbox mode. */
  appId: z.string().nullable(),
  version: z.string(),
  batchSize: z.number().int().positive(),
  authRequired: z.boolean(),
  /** Base URL that relative emoji `src` paths (Mind client paths) are resolved against; '' = this app. */
  assetBase: z.string(),
});
export type ServerStatus = z.infer<typeof statusSchema>;

/** A person in the directory, for @mentions and for picking recipients. */
export const personSchema = z.object({
  /** The person's open_id. */
  id: z.string(),
  name: z.string(),
  department: z.string().optional(),
});
export type Person = z.infer<typeof personSchema>;

/** `GET /api/directory?q=<search>&limit=<n>`: people whose name or id contains the search. */
export const directorySchema = z.object({ people: z.array(personSchema) });
export type Directory = z.infer<typeof directorySchema>;

export const emojiSchema = z.object({ alt: z.string(), src: z.string() });
export type Emoji = z.infer<typeof emojiSchema>;

/** `GET /api/emoji`: Mind's emoji that the editor offers. */
export const emojiListSchema = z.object({ emoji: z.array(emojiSchema) });

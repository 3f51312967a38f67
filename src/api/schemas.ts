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

/* ---- Sending and history (`/api/messages`) ---- */

/** Who a send goes to. `all` is a broadcast to every subscriber and needs the literal `ALL`. */
export const audienceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user'), id: z.string() }),
  z.object({ kind: z.literal('users'), ids: z.array(z.string()) }),
  z.object({ kind: z.literal('all'), confirm: z.literal('ALL') }),
]);
export type Audience = z.infer<typeof audienceSchema>;

/** `POST /api/messages`: the message as the model holds it (content unencoded) and its audience. */
export const sendRequestSchema = z.object({
  msg_type: z.enum(['text', 'markdown', 'rich_text', 'interactive']),
  /** An object (an array for rich_text): the server encodes it for the wire. */
  content: z.unknown(),
  audience: audienceSchema,
  receive_type: z.number().int().optional(),
  /** Chosen by the client once per intended send: a second POST with it returns the first send. */
  clientId: z.string().min(1).max(100).optional(),
  /** Free text naming who sent it, shown in the history. */
  sender: z.string().max(100).optional(),
});
export type SendRequest = z.infer<typeof sendRequestSchema>;

export const BATCH_STATUSES = ['pending', 'sent', 'failed', 'unknown'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/**
 * A send's overall outcome: `sending` while any batch is pending; `sent` when all went;
 * `failed` when none went; `unknown` when none failed but some outcomes were lost to a restart;
 * `partial` otherwise.
 */
export const SEND_OUTCOMES = ['sending', 'sent', 'partial', 'failed', 'unknown'] as const;
export type SendOutcome = (typeof SEND_OUTCOMES)[number];

/** One upstream request of a send. */
export const batchSchema = z.object({
  index: z.number().int().nonnegative(),
  /** The `x-request-id` this batch was (and on retry is again) sent with. */
  requestId: z.string(),
  /** The open_ids of this batch; null for a broadcast to all subscribers. */
  receiveIds: z.array(z.string()).nullable(),
  status: z.enum(BATCH_STATUSES),
  /** Mind's `code` verbatim (a number or a string), when Mind answered. */
  code: z.union([z.number(), z.string()]).nullable(),
  /** Mind's `msg` verbatim, when Mind answered. */
  msg: z.string().nullable(),
  /** Our own explanation when Mind gave no answer (timeout, reset, 5xx, not JSON, restart). */
  error: z.string().nullable(),
  attempts: z.number().int().nonnegative(),
  updatedAt: z.string(),
});
export type Batch = z.infer<typeof batchSchema>;

export const sendCountsSchema = z.object({
  pending: z.number().int().nonnegative(),
  sent: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  unknown: z.number().int().nonnegative(),
});
export type SendCounts = z.infer<typeof sendCountsSchema>;

/** A send as the history lists it. */
export const messageSummarySchema = z.object({
  id: z.string(),
  clientId: z.string().nullable(),
  msgType: z.enum(['text', 'markdown', 'rich_text', 'interactive']),
  audience: z.object({
    kind: z.enum(['user', 'users', 'all']),
    /** Distinct recipients; 0 for `all`. */
    count: z.number().int().nonnegative(),
    /** The first few recipients, for a one-line summary. */
    sample: z.array(z.string()),
  }),
  outcome: z.enum(SEND_OUTCOMES),
  /** Batches counted by status; `done` = total − pending. */
  counts: sendCountsSchema,
  progress: z.object({
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
  }),
  sender: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MessageSummary = z.infer<typeof messageSummarySchema>;

/** `GET /api/messages/:id` (and the answer to a send or a retry): the message and its batches. */
export const messageDetailSchema = messageSummarySchema.extend({
  content: z.unknown(),
  receiveType: z.number().int().nullable(),
  /** Every distinct recipient, in order; empty for `all`. */
  recipients: z.array(z.string()),
  batches: z.array(batchSchema),
});
export type MessageDetail = z.infer<typeof messageDetailSchema>;

/** `GET /api/messages?page=&pageSize=`: newest first. */
export const messagesPageSchema = z.object({
  items: z.array(messageSummarySchema),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
  total: z.number().int().nonnegative(),
});
export type MessagesPage = z.infer<typeof messagesPageSchema>;

/* ---- Sandbox (`/api/sandbox/inbox`) ---- */

/** What the sandbox's Mind endpoint accepted, as a recipient would receive it. */
export const inboxItemSchema = z.object({
  id: z.number().int(),
  requestId: z.string(),
  receivedAt: z.string(),
  msgType: z.enum(['text', 'markdown', 'rich_text', 'interactive']),
  /** The decoded message: the wire body with `content` parsed. */
  message: z.record(z.string(), z.unknown()),
  /** The open_ids it went to; null for a broadcast to all subscribers. */
  receiveIds: z.array(z.string()).nullable(),
  /** How many times this request id arrived (retries of the same request count once). */
  deliveries: z.number().int().positive(),
});
export type InboxItem = z.infer<typeof inboxItemSchema>;

/** `GET /api/sandbox/inbox?limit=`: newest first. */
export const inboxSchema = z.object({ items: z.array(inboxItemSchema), total: z.number().int() });
export type Inbox = z.infer<typeof inboxSchema>;

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

/* ---- Templates (`/api/templates`) and export (`/api/export-target`) ---- */

const msgTypeSchema = z.enum(['text', 'markdown', 'rich_text', 'interactive']);

/** A saved message: its current version's content, with who saved it last and when. */
export const templateSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  msgType: msgTypeSchema,
  /** The content as the model holds it (an object, an array for rich_text), unencoded. */
  content: z.unknown(),
  /** The current version; every save adds one. A save names the version it started from. */
  version: z.number().int().positive(),
  /** The starter gallery entry it came from (`starter-notice` …), null for the user's own. */
  starter: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Who saved the current version, as they named themselves; null when unnamed. */
  updatedBy: z.string().nullable(),
  /** When it was moved to the trash; null while in use. */
  deletedAt: z.string().nullable(),
});
export type Template = z.infer<typeof templateSchema>;

/** `GET /api/templates?q=&trash=`: name search, most recently saved first. */
export const templateListSchema = z.object({
  items: z.array(templateSchema),
  total: z.number().int().nonnegative(),
});
export type TemplateList = z.infer<typeof templateListSchema>;

/** One saved version of a template (the list leaves the content out). */
export const templateVersionSchema = z.object({
  version: z.number().int().positive(),
  name: z.string(),
  msgType: msgTypeSchema,
  createdAt: z.string(),
  author: z.string().nullable(),
  /** Set when this version was made by restoring an older one. */
  restoredFrom: z.number().int().positive().nullable(),
});
export type TemplateVersion = z.infer<typeof templateVersionSchema>;

/** `GET /api/templates/:id/versions`: newest first. */
export const templateVersionsSchema = z.object({ items: z.array(templateVersionSchema) });

/** `GET /api/templates/:id/versions/:version`: one version with its content. */
export const templateVersionDetailSchema = templateVersionSchema.extend({ content: z.unknown() });
export type TemplateVersionDetail = z.infer<typeof templateVersionDetailSchema>;

const templateName = z.string().trim().min(1).max(120);
const templateDescription = z.string().max(1000);
const authorName = z.string().max(100);

/** `POST /api/templates`: a new template, saved as version 1. */
export const createTemplateSchema = z.object({
  name: templateName,
  description: templateDescription.optional(),
  msg_type: msgTypeSchema,
  content: z.unknown(),
  author: authorName.optional(),
});
export type CreateTemplateRequest = z.infer<typeof createTemplateSchema>;

/**
 * `PUT /api/templates/:id`: saves a new version. `baseVersion` is the version the editor
 * started from; when someone saved since, the answer is 409 `version-conflict` and nothing
 * is overwritten.
 */
export const saveTemplateSchema = z.object({
  msg_type: msgTypeSchema,
  content: z.unknown(),
  baseVersion: z.number().int().positive(),
  name: templateName.optional(),
  description: templateDescription.optional(),
  author: authorName.optional(),
});
export type SaveTemplateRequest = z.infer<typeof saveTemplateSchema>;

/** `PATCH /api/templates/:id`: renames or redescribes, without a new version. */
export const renameTemplateSchema = z.object({
  name: templateName.optional(),
  description: templateDescription.optional(),
});

/** `POST /api/templates/:id/duplicate`. */
export const duplicateTemplateSchema = z.object({
  name: templateName.optional(),
  author: authorName.optional(),
});

/** `POST /api/templates/:id/versions/:version/restore`: a new version with that version's content. */
export const restoreVersionSchema = z.object({
  baseVersion: z.number().int().positive(),
  author: authorName.optional(),
});

/**
 * `GET /api/export-target`: where exported code sends to. The app id is not secret and is
 * given in full (null in sandbox mode); the secret is never given: snippets read
 * `$MIND_APP_SECRET`.
 */
export const exportTargetSchema = z.object({
  mode: z.enum(['sandbox', 'live']),
  appId: z.string().nullable(),
  apiUrl: z.string(),
});
export type ExportTarget = z.infer<typeof exportTargetSchema>;

import * as z from 'zod/mini';
import { lazySchema } from '../mind/lazySchema';
import { CHANNELS, type Channel } from '../mind/channels';
import { MSG_TYPES } from '../mind/constants';
import { issueSchema } from '../mind/schemas';
import { personalSummarySchema, sendFieldsSchema } from './personal';

/*
 * The contract of our own server's API, shared by the browser (which parses every response
 * with it) and the server (which builds responses to fit it). Pure: zod/mini (the flavour the
 * model uses, so the browser ships one) and the model.
 */

/** Every error response: a stable code, a sentence, and where relevant the located issues. */
export const apiErrorSchema = lazySchema(() =>
  z.object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      issues: z.optional(z.array(issueSchema)),
    }),
  }),
);
export type ApiError = z.infer<typeof apiErrorSchema>;

export const statusSchema = lazySchema(() =>
  z.object({
    mode: z.enum(['sandbox', 'live']),
    /** The app id with its middle masked, e.g. `mind_y2…60u2yd`; null in sandbox mode. */
    appId: z.nullable(z.string()),
    version: z.string(),
    batchSize: z.int().check(z.positive()),
    authRequired: z.boolean(),
    /** Base URL that relative emoji `src` paths (Mind client paths) are resolved against; '' = this app. */
    assetBase: z.string(),
    /** Requests to Mind per second, across every server on the database (`MIND_RATE_PER_SECOND`). */
    mindRatePerSecond: z.int().check(z.positive()),
    /** `MIND_MAX_CONTENT_BYTES`: the review warns about a message larger than this (docs/personal.md). */
    maxContentBytes: z.int().check(z.positive()),
    /**
     * The directory's fields (`DIRECTORY_FILE`): `name`, `department` and its other columns, which
     * fill in a field a list of values has no column of (docs/personal.md).
     */
    directoryFields: z.array(z.string()),
    /** How many people the directory holds (0: none, so an id cannot be checked against it). */
    directorySize: z.int().check(z.nonnegative()),
  }),
);
export type ServerStatus = z.infer<typeof statusSchema>;

/** A person in the directory, for @mentions and for picking recipients. */
export const personSchema = lazySchema(() =>
  z.object({
    /** The person's open_id. */
    id: z.string(),
    name: z.string(),
    department: z.optional(z.string()),
    /** The directory's other columns, by name (fields of a personal send). */
    fields: z.optional(z.record(z.string(), z.string())),
  }),
);
export type Person = z.infer<typeof personSchema>;

/** `GET /api/directory?q=<search>&limit=<n>`: people whose name or id contains the search. */
export const directorySchema = lazySchema(() => z.object({ people: z.array(personSchema) }));
export type Directory = z.infer<typeof directorySchema>;

/** A group the app's robot can post to (from `GROUPS_FILE`). */
export const groupSchema = lazySchema(() =>
  z.object({
    /** The group's id, the `group_id` of `/robot/group/send/card_message`. */
    id: z.string(),
    name: z.string(),
  }),
);
export type Group = z.infer<typeof groupSchema>;

/** `GET /api/groups`: every configured group, in the file's order. */
export const groupListSchema = lazySchema(() => z.object({ groups: z.array(groupSchema) }));
export type GroupList = z.infer<typeof groupListSchema>;

export const emojiSchema = lazySchema(() => z.object({ alt: z.string(), src: z.string() }));
export type Emoji = z.infer<typeof emojiSchema>;

/** `GET /api/emoji`: Mind's emoji that the editor offers. */
export const emojiListSchema = lazySchema(() => z.object({ emoji: z.array(emojiSchema) }));

/* ---- Sending and history (`/api/messages`) ---- */

/**
 * Who a send goes to, and so through which channel. Subscribers (`send_message`): `user`,
 * `users`, or `all`, a broadcast that needs the literal `ALL`. The app's robot: `robot` to
 * people by open_id; `group` to one group, which needs `ALL` too when the message mentions
 * everyone in it.
 */
export const audienceSchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('user'), id: z.string() }),
    z.object({ kind: z.literal('users'), ids: z.array(z.string()) }),
    z.object({ kind: z.literal('all'), confirm: z.literal('ALL') }),
    z.object({ kind: z.literal('robot'), ids: z.array(z.string()) }),
    z.object({ kind: z.literal('group'), id: z.string(), confirm: z.optional(z.literal('ALL')) }),
  ]),
);
export type Audience = z.infer<typeof audienceSchema>;
/** The most recipients one send may have: the server refuses a longer list, compose blocks it. */
export const MAX_RECIPIENTS = 100_000;

export const AUDIENCE_KINDS = ['user', 'users', 'all', 'robot', 'group'] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];

/** The channel an audience is reached through. */
export const channelOfAudience = (kind: AudienceKind): Channel =>
  kind === 'robot' ? 'robot' : kind === 'group' ? 'group' : 'subscribers';

/** `POST /api/messages`: the message as the model holds it (content unencoded) and its audience. */
export const sendRequestSchema = lazySchema(() =>
  z.object({
    msg_type: z.enum(MSG_TYPES),
    /** An object (an array for rich_text): the server encodes it for the wire. */
    content: z.unknown(),
    audience: audienceSchema,
    receive_type: z.optional(z.int()),
    /** Chosen by the client once per intended send: a second POST with it returns the first send. */
    clientId: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    /** Free text naming who sent it, shown in the history. */
    sender: z.optional(z.string().check(z.maxLength(100))),
    /**
     * When to send it: an ISO 8601 time with an offset (`2026-12-03T09:30:00+08:00`), in the
     * future and at most `SCHEDULE_HORIZON_DAYS` ahead (`checkSendAt`); absent: now.
     */
    sendAt: z.optional(z.string()),
    /** Per-recipient values for the content's `{{field}}` placeholders (docs/personal.md). */
    fields: z.optional(sendFieldsSchema),
  }),
);
export type SendRequest = z.infer<typeof sendRequestSchema>;

/** `cancelled`: its send was cancelled before it began; never sent. */
export const BATCH_STATUSES = ['pending', 'sent', 'failed', 'unknown', 'cancelled'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/**
 * A send's overall outcome: `scheduled` until its `sendAt`; `cancelled` when it was cancelled
 * before it began (nothing sent); `sending` while any batch is pending; `sent` when all went;
 * `failed` when none went; `unknown` when none failed but some outcomes were lost to a restart;
 * `partial` otherwise.
 */
export const SEND_OUTCOMES = [
  'scheduled',
  'cancelled',
  'sending',
  'sent',
  'partial',
  'failed',
  'unknown',
] as const;
export type SendOutcome = (typeof SEND_OUTCOMES)[number];

/** One upstream request of a send. */
export const batchSchema = lazySchema(() =>
  z.object({
    index: z.int().check(z.nonnegative()),
    /** The `x-request-id` this batch was (and on retry is again) sent with. */
    requestId: z.string(),
    /** The open_ids of this batch; null for a broadcast to all subscribers and for a group. */
    receiveIds: z.nullable(z.array(z.string())),
    status: z.enum(BATCH_STATUSES),
    /** Mind's `code` verbatim (a number or a string), when Mind answered. */
    code: z.nullable(z.union([z.number(), z.string()])),
    /** Mind's `msg` verbatim, when Mind answered. */
    msg: z.nullable(z.string()),
    /** Our own explanation when Mind gave no answer (timeout, reset, 5xx, not JSON, restart). */
    error: z.nullable(z.string()),
    attempts: z.int().check(z.nonnegative()),
    updatedAt: z.string(),
  }),
);
export type Batch = z.infer<typeof batchSchema>;

export const sendCountsSchema = lazySchema(() =>
  z.object({
    pending: z.int().check(z.nonnegative()),
    sent: z.int().check(z.nonnegative()),
    failed: z.int().check(z.nonnegative()),
    unknown: z.int().check(z.nonnegative()),
  }),
);
export type SendCounts = z.infer<typeof sendCountsSchema>;

/** A send as the history lists it. */
export const messageSummarySchema = lazySchema(() =>
  z.object({
    id: z.string(),
    clientId: z.nullable(z.string()),
    msgType: z.enum(MSG_TYPES),
    /** Which endpoint it went through (from `audience.kind`). */
    channel: z.enum(CHANNELS),
    audience: z.object({
      kind: z.enum(AUDIENCE_KINDS),
      /** Distinct recipients (open_ids; for a group, its id); 0 for `all`. */
      count: z.int().check(z.nonnegative()),
      /** The first few recipients, for a one-line summary. */
      sample: z.array(z.string()),
    }),
    outcome: z.enum(SEND_OUTCOMES),
    /** Batches counted by status; `done` = total − pending. */
    counts: sendCountsSchema,
    progress: z.object({
      done: z.int().check(z.nonnegative()),
      total: z.int().check(z.nonnegative()),
    }),
    sender: z.nullable(z.string()),
    /** When a scheduled send goes (went) out, ISO 8601 in UTC; null for one sent when accepted. */
    sendAt: z.nullable(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
);
export type MessageSummary = z.infer<typeof messageSummarySchema>;

/** Batches a page holds: the detail's first page, and `GET /api/messages/:id/batches`'s default. */
export const BATCH_PAGE_SIZE = 20;

/**
 * `GET /api/messages/:id` (and the answer to a send or a retry): the message, its first
 * recipients and its first page of batches; the size stays the same for 100,000 recipients.
 */
export const messageDetailSchema = lazySchema(() =>
  z.extend(messageSummarySchema, {
    content: z.unknown(),
    receiveType: z.nullable(z.int()),
    /**
     * The first distinct recipients, in order, at most 100 (a group: its id); empty for `all`.
     * `audience.count` says how many there are; the ledger (`…/recipients`) lists them all.
     */
    recipients: z.array(z.string()),
    /** The first `BATCH_PAGE_SIZE` batches; the rest by page from `…/batches?page=`. */
    batches: z.array(batchSchema),
    /** How many batches the send has in all. */
    batchCount: z.int().check(z.nonnegative()),
    /** A personal send: its fields and what expanding them gave; absent or null otherwise. */
    personal: z.optional(z.nullable(personalSummarySchema)),
  }),
);
export type MessageDetail = z.infer<typeof messageDetailSchema>;

/** `GET /api/messages/:id/batches?page=&pageSize=&status=`: a send's batches, in order. */
export const batchesPageSchema = lazySchema(() =>
  z.object({
    items: z.array(batchSchema),
    page: z.int().check(z.positive()),
    pageSize: z.int().check(z.positive()),
    /** Batches that match (all of them without `status`). */
    total: z.int().check(z.nonnegative()),
  }),
);
export type BatchesPage = z.infer<typeof batchesPageSchema>;

/**
 * `GET /api/messages/:id/progress`: where a send stands, a few hundred bytes, for following it
 * while it goes out (the detail, with every recipient and batch, is read once at the end).
 */
export const sendProgressSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    outcome: z.enum(SEND_OUTCOMES),
    counts: sendCountsSchema,
    progress: z.object({
      done: z.int().check(z.nonnegative()),
      total: z.int().check(z.nonnegative()),
    }),
    sendAt: z.nullable(z.string()),
    updatedAt: z.string(),
  }),
);
export type SendProgress = z.infer<typeof sendProgressSchema>;

/** `PATCH /api/messages/:id`: a scheduled send's new time (as `sendAt` of a send). */
export const rescheduleRequestSchema = lazySchema(() => z.object({ sendAt: z.string() }));
export type RescheduleRequest = z.infer<typeof rescheduleRequestSchema>;

/** `GET /api/messages?page=&pageSize=`: newest first. */
export const messagesPageSchema = lazySchema(() =>
  z.object({
    items: z.array(messageSummarySchema),
    page: z.int().check(z.positive()),
    pageSize: z.int().check(z.positive()),
    total: z.int().check(z.nonnegative()),
  }),
);
export type MessagesPage = z.infer<typeof messagesPageSchema>;

/* ---- Sandbox (`/api/sandbox/inbox`) ---- */

/** What the sandbox's Mind endpoint accepted, as a recipient would receive it. */
export const inboxItemSchema = lazySchema(() =>
  z.object({
    id: z.int(),
    requestId: z.string(),
    receivedAt: z.string(),
    msgType: z.enum(MSG_TYPES),
    /** The endpoint it came through. */
    channel: z.enum(CHANNELS),
    /** The decoded message: the wire body with `content` parsed. */
    message: z.record(z.string(), z.unknown()),
    /** The open_ids it went to; null for a broadcast to all subscribers and for a group. */
    receiveIds: z.nullable(z.array(z.string())),
    /** The group it was posted in; null unless `channel` is `group`. */
    groupId: z.nullable(z.string()),
    /** How many times this request id arrived (retries of the same request count once). */
    deliveries: z.int().check(z.positive()),
  }),
);
export type InboxItem = z.infer<typeof inboxItemSchema>;

/** `GET /api/sandbox/inbox?limit=`: newest first. */
export const inboxSchema = lazySchema(() =>
  z.object({ items: z.array(inboxItemSchema), total: z.int() }),
);
export type Inbox = z.infer<typeof inboxSchema>;

/* ---- Templates (`/api/templates`) and export (`/api/export-target`) ---- */

const msgTypeSchema = lazySchema(() => z.enum(MSG_TYPES));

/** A saved message: its current version's content, with who saved it last and when. */
export const templateSchema = lazySchema(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    msgType: msgTypeSchema,
    /** The content as the model holds it (an object, an array for rich_text), unencoded. */
    content: z.unknown(),
    /** The current version; every save adds one. A save names the version it started from. */
    version: z.int().check(z.positive()),
    /** The starter gallery entry it came from (`starter-notice` …), null for the user's own. */
    starter: z.nullable(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
    /** Who saved the current version, as they named themselves; null when unnamed. */
    updatedBy: z.nullable(z.string()),
    /** When it was moved to the trash; null while in use. */
    deletedAt: z.nullable(z.string()),
  }),
);
export type Template = z.infer<typeof templateSchema>;

/** `GET /api/templates?q=&trash=`: name search, most recently saved first. */
export const templateListSchema = lazySchema(() =>
  z.object({
    items: z.array(templateSchema),
    total: z.int().check(z.nonnegative()),
  }),
);
export type TemplateList = z.infer<typeof templateListSchema>;

/** One saved version of a template (the list leaves the content out). */
export const templateVersionSchema = lazySchema(() =>
  z.object({
    version: z.int().check(z.positive()),
    name: z.string(),
    msgType: msgTypeSchema,
    createdAt: z.string(),
    author: z.nullable(z.string()),
    /** Set when this version was made by restoring an older one. */
    restoredFrom: z.nullable(z.int().check(z.positive())),
  }),
);
export type TemplateVersion = z.infer<typeof templateVersionSchema>;

/** `GET /api/templates/:id/versions`: newest first. */
export const templateVersionsSchema = lazySchema(() =>
  z.object({ items: z.array(templateVersionSchema) }),
);

/** `GET /api/templates/:id/versions/:version`: one version with its content. */
export const templateVersionDetailSchema = lazySchema(() =>
  z.extend(templateVersionSchema, {
    content: z.unknown(),
  }),
);
export type TemplateVersionDetail = z.infer<typeof templateVersionDetailSchema>;

const templateName = lazySchema(() => z.string().check(z.trim(), z.minLength(1), z.maxLength(120)));
const templateDescription = lazySchema(() => z.string().check(z.maxLength(1000)));
const authorName = lazySchema(() => z.string().check(z.maxLength(100)));

/** `POST /api/templates`: a new template, saved as version 1. */
export const createTemplateSchema = lazySchema(() =>
  z.object({
    name: templateName,
    description: z.optional(templateDescription),
    msg_type: msgTypeSchema,
    content: z.unknown(),
    author: z.optional(authorName),
  }),
);
export type CreateTemplateRequest = z.infer<typeof createTemplateSchema>;

/**
 * `PUT /api/templates/:id`: saves a new version. `baseVersion` is the version the editor
 * started from; when someone saved since, the answer is 409 `version-conflict` and nothing
 * is overwritten.
 */
export const saveTemplateSchema = lazySchema(() =>
  z.object({
    msg_type: msgTypeSchema,
    content: z.unknown(),
    baseVersion: z.int().check(z.positive()),
    name: z.optional(templateName),
    description: z.optional(templateDescription),
    author: z.optional(authorName),
  }),
);
export type SaveTemplateRequest = z.infer<typeof saveTemplateSchema>;

/** `PATCH /api/templates/:id`: renames or redescribes, without a new version. */
export const renameTemplateSchema = lazySchema(() =>
  z.object({
    name: z.optional(templateName),
    description: z.optional(templateDescription),
  }),
);

/** `POST /api/templates/:id/duplicate`. */
export const duplicateTemplateSchema = lazySchema(() =>
  z.object({
    name: z.optional(templateName),
    author: z.optional(authorName),
  }),
);

/** `POST /api/templates/:id/versions/:version/restore`: a new version with that version's content. */
export const restoreVersionSchema = lazySchema(() =>
  z.object({
    baseVersion: z.int().check(z.positive()),
    author: z.optional(authorName),
  }),
);

/**
 * `GET /api/export-target`: where exported code sends to. The app id is not secret and is
 * given in full (null in sandbox mode); the secret is never given: snippets read
 * `$MIND_APP_SECRET`.
 */
export const exportTargetSchema = lazySchema(() =>
  z.object({
    mode: z.enum(['sandbox', 'live']),
    appId: z.nullable(z.string()),
    apiUrl: z.string(),
  }),
);
export type ExportTarget = z.infer<typeof exportTargetSchema>;

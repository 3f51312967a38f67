import * as z from 'zod/mini';
import { lazySchema } from '../mind/lazySchema';

/*
 * Personal sends (docs/personal.md): a message with `{{field}}` placeholders and, per
 * recipient, the values to fill them with. Shared by the browser and the server.
 */

/**
 * What a recipient in a list from a spreadsheet must look like: Mind's open_ids are letters,
 * digits, `_` and `-` (`ou_…`, `on_…`). Stricter than an audience id on purpose: a name, an
 * e-mail address or a stray cell pasted into the first column is caught before anything is sent.
 */
export const OPEN_ID = /^[A-Za-z0-9_-]{3,200}$/;
export const isOpenId = (value: string): boolean => OPEN_ID.test(value);

/** The most columns (fields) and rows a personal send takes. */
export const MAX_FIELD_COLUMNS = 50;
export const MAX_FIELD_VALUE_LENGTH = 10_000;

export const MISSING_POLICIES = ['default', 'skip', 'stop'] as const;
export type MissingPolicyKind = (typeof MISSING_POLICIES)[number];

/**
 * What to do with a recipient who has no value (no column, no row, or an empty cell) for a
 * field the message uses: fill in `value`, leave the recipient out, or send nothing at all.
 * A field with no policy is `stop`.
 */
export const missingPolicySchema = lazySchema(() =>
  z.discriminatedUnion('policy', [
    z.object({ policy: z.literal('default'), value: z.string() }),
    z.object({ policy: z.literal('skip') }),
    z.object({ policy: z.literal('stop') }),
  ]),
);
export type MissingPolicy = z.infer<typeof missingPolicySchema>;

/** `fields` in `POST /api/messages`: the columns, one row of values per recipient. */
export const sendFieldsSchema = lazySchema(() =>
  z.object({
    /** Field names, in the order of each row's `values`. */
    columns: z.array(z.string()),
    rows: z.array(z.object({ open_id: z.string(), values: z.array(z.string()) })),
    /** By field name. */
    missing: z.optional(z.record(z.string(), missingPolicySchema)),
  }),
);
export type SendFields = z.infer<typeof sendFieldsSchema>;

/** What a personal send keeps beside its template (`MessageDetail.personal`). */
export const personalSummarySchema = lazySchema(() =>
  z.object({
    columns: z.array(z.string()),
    /** The fields the message uses. */
    used: z.array(z.string()),
    missing: z.record(z.string(), missingPolicySchema),
    /** Distinct expanded messages (one or more requests each). */
    distinct: z.int().check(z.nonnegative()),
    skipped: z.int().check(z.nonnegative()),
    /** The largest expanded `content`, JSON-encoded as it goes on the wire, in bytes (UTF-8). */
    largestBytes: z.int().check(z.nonnegative()),
  }),
);
export type PersonalSummary = z.infer<typeof personalSummarySchema>;

export const RECIPIENT_OUTCOMES = ['pending', 'sent', 'failed', 'unknown', 'skipped'] as const;
export type RecipientOutcome = (typeof RECIPIENT_OUTCOMES)[number];

/** One person in a send's ledger. */
export const recipientSchema = lazySchema(() =>
  z.object({
    openId: z.string(),
    outcome: z.enum(RECIPIENT_OUTCOMES),
    /** The request that carried their message; null when skipped. */
    requestId: z.nullable(z.string()),
    /** Mind's `code` and `msg` when it answered; our `error` when it gave no answer. */
    code: z.nullable(z.union([z.number(), z.string()])),
    msg: z.nullable(z.string()),
    error: z.nullable(z.string()),
    /** Why they were left out (`skipped`). */
    reason: z.nullable(z.string()),
    /** Their values by field (a personal send), else null. */
    values: z.nullable(z.record(z.string(), z.string())),
  }),
);
export type Recipient = z.infer<typeof recipientSchema>;

/** `GET /api/messages/:id/recipients?page=&pageSize=&q=&outcome=`. */
export const recipientsPageSchema = lazySchema(() =>
  z.object({
    items: z.array(recipientSchema),
    page: z.int().check(z.positive()),
    pageSize: z.int().check(z.positive()),
    /** Matching the search and filter. */
    total: z.int().check(z.nonnegative()),
    /** Every recipient of the send by outcome (search and filter aside). */
    counts: z.record(z.enum(RECIPIENT_OUTCOMES), z.int().check(z.nonnegative())),
    /** The send's field columns; null for a send without fields. */
    columns: z.nullable(z.array(z.string())),
  }),
);
export type RecipientsPage = z.infer<typeof recipientsPageSchema>;

/**
 * Fields every directory entry (`DIRECTORY_FILE`) has, before its other columns
 * (`directoryFields` in `/api/status`); each fills in a field the list has no column of: the
 * list's own columns come first.
 */
export const DIRECTORY_FIELDS = ['name', 'department'] as const;

/** The directory's value of `field` for a person, if it has one. */
export function directoryValue(
  person:
    | {
        name: string;
        department?: string | undefined;
        fields?: Readonly<Record<string, string>> | undefined;
      }
    | undefined,
  field: string,
): string | undefined {
  if (!person) return undefined;
  if (field === 'name') return person.name;
  if (field === 'department') return person.department;
  return person.fields && Object.hasOwn(person.fields, field) ? person.fields[field] : undefined;
}

/** Bytes of a string in UTF-8. */
export const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

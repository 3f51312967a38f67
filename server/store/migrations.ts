import {
  sql,
  type ColumnDataType,
  type ColumnDefinitionBuilder,
  type Kysely,
  type Migration,
} from 'kysely';

/** The databases the store runs on. */
export type SqlDialect = 'sqlite' | 'postgres';

/** A row id the database numbers: SQLite's `integer primary key autoincrement`, PostgreSQL's `serial`. */
function autoId(
  dialect: SqlDialect,
): [ColumnDataType, (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder] {
  return dialect === 'postgres'
    ? ['serial', (column) => column.primaryKey()]
    : ['integer', (column) => column.primaryKey().autoIncrement()];
}

/**
 * Migrations use Kysely's schema builder only, so SQLite and PostgreSQL run the same ones; the
 * differences are how a numbered row id is declared (`autoId`) and a column type SQLite does not
 * need changed (`0011_fractional_pace`). Names never change: they are
 * what a database records as applied.
 */
export function migrationsFor(dialect: SqlDialect): Record<string, Migration> {
  const [idType, idColumn] = autoId(dialect);
  return {
    '0001_messages': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('messages')
          .addColumn('id', 'text', (column) => column.primaryKey())
          .addColumn('client_id', 'text', (column) => column.unique())
          .addColumn('fingerprint', 'text', (column) => column.notNull())
          .addColumn('msg_type', 'text', (column) => column.notNull())
          .addColumn('content', 'text', (column) => column.notNull())
          .addColumn('receive_type', 'integer')
          .addColumn('audience_kind', 'text', (column) => column.notNull())
          .addColumn('recipients', 'text', (column) => column.notNull())
          .addColumn('recipient_count', 'integer', (column) => column.notNull())
          .addColumn('sender', 'text')
          .addColumn('created_at', 'text', (column) => column.notNull())
          .addColumn('updated_at', 'text', (column) => column.notNull())
          .execute();
        await db.schema
          .createIndex('messages_created_at')
          .on('messages')
          .columns(['created_at', 'id'])
          .execute();
        await db.schema
          .createTable('batches')
          .addColumn('id', idType, idColumn)
          .addColumn('message_id', 'text', (column) =>
            column.notNull().references('messages.id').onDelete('cascade'),
          )
          .addColumn('batch_index', 'integer', (column) => column.notNull())
          .addColumn('request_id', 'text', (column) => column.notNull())
          .addColumn('receive_ids', 'text')
          .addColumn('status', 'text', (column) => column.notNull())
          .addColumn('code', 'text')
          .addColumn('msg', 'text')
          .addColumn('error', 'text')
          .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
          .addColumn('updated_at', 'text', (column) => column.notNull())
          .addUniqueConstraint('batches_message_index', ['message_id', 'batch_index'])
          .execute();
        await db.schema.createIndex('batches_status').on('batches').column('status').execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('batches').execute();
        await db.schema.dropTable('messages').execute();
      },
    },
    '0002_sandbox_inbox': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('sandbox_inbox')
          .addColumn('id', idType, idColumn)
          .addColumn('request_id', 'text', (column) => column.notNull().unique())
          .addColumn('received_at', 'text', (column) => column.notNull())
          .addColumn('msg_type', 'text', (column) => column.notNull())
          .addColumn('message', 'text', (column) => column.notNull())
          .addColumn('receive_ids', 'text')
          .addColumn('deliveries', 'integer', (column) => column.notNull().defaultTo(1))
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('sandbox_inbox').execute();
      },
    },
    '0003_templates': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('templates')
          .addColumn('id', 'text', (column) => column.primaryKey())
          .addColumn('name', 'text', (column) => column.notNull())
          .addColumn('description', 'text', (column) => column.notNull().defaultTo(''))
          .addColumn('msg_type', 'text', (column) => column.notNull())
          .addColumn('content', 'text', (column) => column.notNull())
          .addColumn('version', 'integer', (column) => column.notNull())
          .addColumn('starter', 'text')
          .addColumn('created_at', 'text', (column) => column.notNull())
          .addColumn('updated_at', 'text', (column) => column.notNull())
          .addColumn('updated_by', 'text')
          .addColumn('deleted_at', 'text')
          .execute();
        await db.schema
          .createIndex('templates_updated_at')
          .on('templates')
          .columns(['updated_at', 'id'])
          .execute();
        await db.schema
          .createTable('template_versions')
          .addColumn('id', idType, idColumn)
          .addColumn('template_id', 'text', (column) =>
            column.notNull().references('templates.id').onDelete('cascade'),
          )
          .addColumn('version', 'integer', (column) => column.notNull())
          .addColumn('name', 'text', (column) => column.notNull())
          .addColumn('msg_type', 'text', (column) => column.notNull())
          .addColumn('content', 'text', (column) => column.notNull())
          .addColumn('author', 'text')
          .addColumn('restored_from', 'integer')
          .addColumn('created_at', 'text', (column) => column.notNull())
          .addUniqueConstraint('template_versions_template_version', ['template_id', 'version'])
          .execute();
        // The starter gallery entries already added once: one deleted for good stays deleted.
        await db.schema
          .createTable('template_starters')
          .addColumn('key', 'text', (column) => column.primaryKey())
          .addColumn('seeded_at', 'text', (column) => column.notNull())
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('template_starters').execute();
        await db.schema.dropTable('template_versions').execute();
        await db.schema.dropTable('templates').execute();
      },
    }, // The history list shows a few recipients of each send; reading them from the whole list meant
    // parsing up to 10,000 open_ids per row.
    '0004_recipient_sample': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .alterTable('messages')
          .addColumn('recipient_sample', 'text', (column) => column.notNull().defaultTo('[]'))
          .execute();
        const typed = db as Kysely<{
          messages: { id: string; recipients: string; recipient_sample: string };
        }>;
        // A page at a time: a send's list can hold 10,000 open_ids. (3: the sample size then.)
        for (let after = ''; ;) {
          const rows = await typed
            .selectFrom('messages')
            .select(['id', 'recipients'])
            .where('id', '>', after)
            .orderBy('id')
            .limit(100)
            .execute();
          for (const row of rows) {
            const recipients = JSON.parse(row.recipients) as unknown[];
            await typed
              .updateTable('messages')
              .set({ recipient_sample: JSON.stringify(recipients.slice(0, 3)) })
              .where('id', '=', row.id)
              .execute();
          }
          const last = rows.at(-1);
          if (!last) break;
          after = last.id;
        }
      },
      async down(db: Kysely<unknown>) {
        await db.schema.alterTable('messages').dropColumn('recipient_sample').execute();
      },
    },
    // A login is a row here, so logout can end it; the cookie was one value for everyone before.
    '0005_sessions': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('sessions')
          .addColumn('id', 'text', (column) => column.primaryKey())
          .addColumn('token_tag', 'text', (column) => column.notNull())
          .addColumn('created_at', 'text', (column) => column.notNull())
          .addColumn('expires_at', 'text', (column) => column.notNull())
          .execute();
        await db.schema
          .createIndex('sessions_expires_at')
          .on('sessions')
          .column('expires_at')
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('sessions').execute();
      },
    },
    // Batches as jobs: a worker holds a batch by a lease it renews; a lease that runs out
    // releases a batch never sent, and makes one sent without an answer `unknown`.
    '0006_batch_leases': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('batches').addColumn('lease_owner', 'text').execute();
        await db.schema.alterTable('batches').addColumn('lease_until', 'text').execute();
        await db.schema.alterTable('batches').addColumn('started_at', 'text').execute();
        await db.schema
          .createIndex('batches_lease')
          .on('batches')
          .columns(['status', 'lease_until'])
          .execute();
        // A batch pending from before leases is held by no lease, and whether it was in flight
        // when its server stopped cannot be known: it is `unknown`, as that server's next start
        // made it, so a worker never claims and sends it a second time.
        await db
          .withTables<{ batches: { status: string; error: string | null; updated_at: string } }>()
          .updateTable('batches')
          .set({
            status: 'unknown',
            error:
              'The server stopped before this batch’s outcome was known; retry sends it again with the same request id.',
            updated_at: new Date().toISOString(),
          })
          .where('status', '=', 'pending')
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropIndex('batches_lease').execute();
        for (const column of ['started_at', 'lease_until', 'lease_owner'])
          await db.schema.alterTable('batches').dropColumn(column).execute();
      },
    },
    // Scheduled sends: a send's time (`send_at`) and its cancellation; each batch carries the
    // time before which no worker claims it (`not_before`). Pacing: one row every server takes
    // its turn to call Mind from (`mind_pace`, server/pacer.ts).
    '0007_schedule_and_pace': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('messages').addColumn('send_at', 'text').execute();
        await db.schema.alterTable('messages').addColumn('cancelled_at', 'text').execute();
        await db.schema.alterTable('batches').addColumn('not_before', 'text').execute();
        await db.schema
          .createTable('mind_pace')
          .addColumn('id', 'text', (column) => column.primaryKey())
          // Milliseconds since 1970: the next free turn, and until when Mind asked us to wait.
          .addColumn('next_at', 'bigint', (column) => column.notNull().defaultTo(0))
          .addColumn('paused_until', 'bigint', (column) => column.notNull().defaultTo(0))
          .execute();
        await db
          .withTables<{ mind_pace: { id: string; next_at: number; paused_until: number } }>()
          .insertInto('mind_pace')
          .values({ id: 'mind', next_at: 0, paused_until: 0 })
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('mind_pace').execute();
        await db.schema.alterTable('batches').dropColumn('not_before').execute();
        for (const column of ['cancelled_at', 'send_at'])
          await db.schema.alterTable('messages').dropColumn(column).execute();
      },
    },
    // Personal sends (docs/personal.md): the template stays in `messages.content`; the fields
    // and policies beside it; each batch may carry its own expanded content; each recipient
    // their values, their batch, or why they were skipped.
    '0008_personal_sends': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('messages').addColumn('personal', 'text').execute();
        await db.schema.alterTable('batches').addColumn('content', 'text').execute();
        await db.schema
          .createTable('send_recipients')
          .addColumn('id', idType, idColumn)
          .addColumn('message_id', 'text', (column) =>
            column.notNull().references('messages.id').onDelete('cascade'),
          )
          .addColumn('position', 'integer', (column) => column.notNull())
          .addColumn('open_id', 'text', (column) => column.notNull())
          .addColumn('field_values', 'text', (column) => column.notNull())
          .addColumn('batch_index', 'integer')
          .addColumn('skipped', 'text')
          .addUniqueConstraint('send_recipients_message_position', ['message_id', 'position'])
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('send_recipients').execute();
        await db.schema.alterTable('batches').dropColumn('content').execute();
        await db.schema.alterTable('messages').dropColumn('personal').execute();
      },
    },
    // Big sends (issue 16): a send is written in chunks, each its own transaction, so a
    // 100,000-recipient acceptance never holds the server (or SQLite's one writer) for long.
    // Until its last chunk is in, `writing` hides it and its batches are `writing`, which no
    // worker claims; one left so by a crash is deleted later (server/store/writeSend.ts).
    '0009_chunked_acceptance': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .alterTable('messages')
          .addColumn('writing', 'integer', (column) => column.notNull().defaultTo(0))
          .execute();
        await db.schema
          .createIndex('messages_writing')
          .on('messages')
          .columns(['writing', 'updated_at'])
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropIndex('messages_writing').execute();
        await db.schema.alterTable('messages').dropColumn('writing').execute();
      },
    },
    // `batches_lease` (status, lease_until) serves every query by status that `batches_status`
    // served; the second index was written again at each batch's insert and outcome, a tenth of
    // a small send's pages.
    '0010_one_status_index': {
      async up(db: Kysely<unknown>) {
        await db.schema.dropIndex('batches_status').execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.createIndex('batches_status').on('batches').column('status').execute();
      },
    },
    // The pacer's next free turn is 1000 / rate ms on from the last, not always whole (3⅓ at 300
    // requests a second; server/pacer.ts). SQLite keeps a fraction in any column (and its turns
    // are in memory); PostgreSQL's bigint would refuse it.
    '0011_fractional_pace': {
      async up(db: Kysely<unknown>) {
        if (dialect !== 'postgres') return;
        await db.schema
          .alterTable('mind_pace')
          .alterColumn('next_at', (column) => column.setDataType('double precision'))
          .execute();
      },
      async down(db: Kysely<unknown>) {
        if (dialect !== 'postgres') return;
        await db.schema
          .alterTable('mind_pace')
          .alterColumn('next_at', (column) => column.setDataType('bigint'))
          .execute();
      },
    },
    // `messages_writing` holds only the sends still being written (`writing = 1`: a big send,
    // for the seconds it takes): an abandoned one is found by it as before, but a send's insert
    // and its outcome's `updated_at` no longer write it (two of a small send's fourteen pages),
    // and the history's page, which read every finished send through it and sorted them all
    // (4–12 ms a page at 20,000 sends), walks `messages_created_at` in order instead.
    '0012_partial_writing_index': {
      async up(db: Kysely<unknown>) {
        await db.schema.dropIndex('messages_writing').execute();
        await db.schema
          .createIndex('messages_writing')
          .on('messages')
          .column('updated_at')
          .where(sql.ref('writing'), '=', 1)
          .execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropIndex('messages_writing').execute();
        await db.schema
          .createIndex('messages_writing')
          .on('messages')
          .columns(['writing', 'updated_at'])
          .execute();
      },
    },
  };
}

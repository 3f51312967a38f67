import type { Kysely, Migration } from 'kysely';

/* Migrations use Kysely's schema builder only, so another dialect (PostgreSQL) can run them. */
export const migrations: Record<string, Migration> = {
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
        .addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement())
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
        .addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement())
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
        .addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement())
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
};

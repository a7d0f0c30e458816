import type { Kysely, Migration } from 'kysely';

/** Programmes, their revision counters, plan versions, records, idempotency keys and the audit log. Released: never edit. */
export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('programme')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('uid', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('organisation', 'text', (c) => c.notNull())
      .addColumn('current_version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('programme_revision')
      .addColumn('programme_id', 'text', (c) => c.notNull().references('programme.id').onDelete('cascade'))
      .addColumn('slot', 'integer', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('programme_revision_pk', ['programme_id', 'slot'])
      .execute();

    await db.schema
      .createTable('plan_version')
      .addColumn('programme_id', 'text', (c) => c.notNull().references('programme.id').onDelete('cascade'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('yaml', 'text', (c) => c.notNull())
      .addColumn('file_name', 'text')
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('imported_at', 'text', (c) => c.notNull())
      .addColumn('imported_by', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('plan_version_pk', ['programme_id', 'version'])
      .execute();

    await db.schema
      .createTable('record')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('programme_id', 'text', (c) => c.notNull().references('programme.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('subject', 'text')
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('row_version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('record_by_kind').on('record').columns(['programme_id', 'kind', 'id']).execute();
    await db.schema.createIndex('record_by_subject').on('record').columns(['programme_id', 'kind', 'subject', 'date']).execute();

    await db.schema
      .createTable('idempotency_key')
      .addColumn('programme_id', 'text', (c) => c.notNull().references('programme.id').onDelete('cascade'))
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('request_hash', 'text', (c) => c.notNull())
      .addColumn('status', 'integer', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('idempotency_key_pk', ['programme_id', 'key'])
      .execute();

    // No foreign key: the log outlives the programmes it describes.
    await db.schema
      .createTable('audit_entry')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('programme_id', 'text')
      .addColumn('entity', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('before', 'text')
      .addColumn('after', 'text')
      .execute();
    await db.schema.createIndex('audit_by_programme').on('audit_entry').columns(['programme_id', 'id']).execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['audit_entry', 'idempotency_key', 'record', 'plan_version', 'programme_revision', 'programme']) await db.schema.dropTable(table).execute();
  },
};

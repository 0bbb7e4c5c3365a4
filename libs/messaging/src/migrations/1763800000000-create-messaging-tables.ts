import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMessagingTables1763800000000 implements MigrationInterface {
  name = 'CreateMessagingTables1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Published rows stay: they are the event log. Retention (archive rows older than the replay horizon) is an operational job.
    await queryRunner.query(`
      CREATE TABLE outbox (
        position bigserial NOT NULL,
        event_id uuid NOT NULL,
        topic varchar(200) NOT NULL,
        key varchar(200) NOT NULL,
        type varchar(120) NOT NULL,
        version integer NOT NULL,
        envelope jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        CONSTRAINT outbox_pkey PRIMARY KEY (position),
        CONSTRAINT outbox_event_id_unique UNIQUE (event_id)
      )`);
    // The relay scans only what is left to publish; the key index serves per-key ordering and rebuilds per government.
    await queryRunner.query('CREATE INDEX outbox_unpublished ON outbox (position) WHERE published_at IS NULL');
    await queryRunner.query('CREATE INDEX outbox_by_key ON outbox (key, position)');
    await queryRunner.query(`
      CREATE TABLE inbox (
        consumer_group varchar(100) NOT NULL,
        event_id uuid NOT NULL,
        event_type varchar(120) NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT inbox_pkey PRIMARY KEY (consumer_group, event_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE inbox');
    await queryRunner.query('DROP TABLE outbox');
  }
}

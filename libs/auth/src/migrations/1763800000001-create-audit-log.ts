import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuditLog1763800000001 implements MigrationInterface {
  name = 'CreateAuditLog1763800000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_log (
        id uuid PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        actor_subject varchar(200) NOT NULL,
        actor_role varchar(40) NOT NULL,
        actor_organisation varchar(64),
        action varchar(100) NOT NULL,
        object_type varchar(100) NOT NULL,
        object_id varchar(200) NOT NULL,
        before jsonb,
        after jsonb,
        correlation_id varchar(100) NOT NULL
      )`);
    // "What happened to this object?" is the question an auditor asks.
    await queryRunner.query('CREATE INDEX audit_log_object ON audit_log (object_type, object_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE audit_log');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Keeps the cause's correlation id with each message, so the e-mail sent later still traces back to the request. */
export class RecordNotificationCorrelation1763800005001 implements MigrationInterface {
  name = 'RecordNotificationCorrelation1763800005001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE notification ADD COLUMN correlation_id varchar(100)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE notification DROP COLUMN correlation_id');
  }
}

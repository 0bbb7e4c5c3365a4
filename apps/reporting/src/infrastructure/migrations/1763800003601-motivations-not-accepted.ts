import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The indicators whose motivation ABB did not accept when it accepted a report version. */
export class MotivationsNotAccepted1763800003601 implements MigrationInterface {
  name = 'MotivationsNotAccepted1763800003601';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE report_review ADD COLUMN motivations_not_accepted jsonb NOT NULL DEFAULT '[]'::jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE report_review DROP COLUMN motivations_not_accepted');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every government's committed target per indicator and year (targets-committed v3): whom to suggest to a network. */
export class KeepCommittedTargets1763800004201 implements MigrationInterface {
  name = 'KeepCommittedTargets1763800004201';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE committed_target (
        government_code varchar(40) NOT NULL,
        project_year smallint NOT NULL,
        indicator_code varchar(40) NOT NULL,
        action_number smallint NOT NULL,
        target integer NOT NULL,
        application_id uuid NOT NULL,
        revision integer NOT NULL,
        PRIMARY KEY (government_code, project_year, indicator_code),
        CONSTRAINT committed_target_not_negative CHECK (target >= 0)
      )`);
    await queryRunner.query('CREATE INDEX committed_target_by_action ON committed_target (action_number, project_year)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE committed_target');
  }
}

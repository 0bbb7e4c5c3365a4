import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMentorshipsTables1763800004000 implements MigrationInterface {
  name = 'CreateMentorshipsTables1763800004000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The latest reported total per member, indicator and period; the report version decides which is latest.
    await queryRunner.query(`
      CREATE TABLE member_progress (
        government_code varchar(40) NOT NULL,
        indicator_code varchar(40) NOT NULL,
        period_code varchar(20) NOT NULL,
        project_year smallint NOT NULL,
        network_id varchar(100) NOT NULL,
        achieved integer,
        report_id uuid NOT NULL,
        report_version integer NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (government_code, indicator_code, period_code),
        CONSTRAINT member_progress_achieved_not_negative CHECK (achieved >= 0),
        CONSTRAINT member_progress_version_positive CHECK (report_version >= 1)
      )`);
    await queryRunner.query('CREATE INDEX member_progress_by_network ON member_progress (network_id, project_year)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE member_progress');
  }
}

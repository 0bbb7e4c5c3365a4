import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Groups of municipalities per project year: the lead applies for them under the group's code. */
export class GovernmentGroups1763800001200 implements MigrationInterface {
  name = 'GovernmentGroups1763800001200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE government_group (
        id uuid PRIMARY KEY,
        group_code varchar(40) NOT NULL,
        project_year smallint NOT NULL,
        name varchar(200) NOT NULL,
        reference_region varchar(200) NOT NULL,
        lead_code varchar(40) NOT NULL CONSTRAINT government_group_lead_code_fkey REFERENCES local_government(code),
        member_codes jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE UNIQUE INDEX government_group_code_per_year ON government_group (project_year, group_code)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE government_group');
  }
}

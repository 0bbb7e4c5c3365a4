import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The register learns what the eligibility rule needs (kind, inhabitants, inhabitants of non-EU origin) and
 * accepts governments whose KBO number no public source gave; calls and applications get their tables.
 */
export class RegisterCallsApplications1763800001002 implements MigrationInterface {
  name = 'RegisterCallsApplications1763800001002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE local_government
      ADD COLUMN kind varchar(20) NOT NULL DEFAULT 'municipality',
      ADD COLUMN arrondissement varchar(60),
      ADD COLUMN inhabitants integer,
      ADD COLUMN non_eu_origin_inhabitants integer,
      ALTER COLUMN kbo_number DROP NOT NULL`);
    await queryRunner.query(
      `UPDATE local_government SET kind = CASE code WHEN 'VGC' THEN 'vgc' WHEN 'DE-RAND' THEN 'de-rand' ELSE 'municipality' END`,
    );
    await queryRunner.query('ALTER TABLE local_government ALTER COLUMN kind DROP DEFAULT');
    await queryRunner.query(`
      CREATE TABLE call (
        id uuid PRIMARY KEY,
        project_year smallint NOT NULL,
        title varchar(200) NOT NULL,
        catalogue_version varchar(80) NOT NULL,
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        only_earlier_participants boolean NOT NULL,
        status varchar(20) NOT NULL,
        closed_at timestamptz,
        closed_by varchar(20)
      )`);
    await queryRunner.query(`
      CREATE TABLE application (
        id uuid PRIMARY KEY,
        call_id uuid NOT NULL CONSTRAINT application_call_id_fkey REFERENCES call(id),
        project_year smallint NOT NULL,
        government_code varchar(40) NOT NULL CONSTRAINT application_government_code_fkey REFERENCES local_government(code),
        group_code varchar(40),
        member_codes jsonb NOT NULL,
        catalogue_version varchar(80) NOT NULL,
        status varchar(20) NOT NULL,
        lines jsonb NOT NULL,
        stimuli jsonb NOT NULL,
        contacts jsonb NOT NULL,
        iban varchar(34),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        submitted_at timestamptz
      )`);
    await queryRunner.query('CREATE UNIQUE INDEX application_one_per_call_and_applicant ON application (call_id, government_code)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE application');
    await queryRunner.query('DROP TABLE call');
    await queryRunner.query(`ALTER TABLE local_government
      DROP COLUMN kind, DROP COLUMN arrondissement, DROP COLUMN inhabitants, DROP COLUMN non_eu_origin_inhabitants`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateApplicationsTables1763800001000 implements MigrationInterface {
  name = 'CreateApplicationsTables1763800001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE local_government (
        code varchar(40) PRIMARY KEY,
        kbo_number char(10) NOT NULL UNIQUE,
        name varchar(200) NOT NULL,
        province varchar(40) NOT NULL,
        contacts jsonb NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE decision (
        id uuid PRIMARY KEY,
        government_code varchar(40) NOT NULL REFERENCES local_government(code),
        project_year smallint NOT NULL,
        targets jsonb NOT NULL,
        decided_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT decision_one_per_government_and_year UNIQUE (government_code, project_year)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE decision');
    await queryRunner.query('DROP TABLE local_government');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Governments' co-financing declarations per project year, append-only: the latest one of a year is in force. */
export class RecordCofinancingDeclarations1763800002200 implements MigrationInterface {
  name = 'RecordCofinancingDeclarations1763800002200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE cofinancing_declaration (
        id uuid PRIMARY KEY,
        government_code varchar(40) NOT NULL,
        project_year smallint NOT NULL,
        declared_cents bigint NOT NULL,
        source varchar(300) NOT NULL,
        obligation_cents bigint NOT NULL,
        shortfall_cents bigint NOT NULL,
        declared_by varchar(200) NOT NULL,
        declared_at timestamptz NOT NULL,
        CONSTRAINT cofinancing_declaration_not_negative CHECK (declared_cents >= 0 AND obligation_cents >= 0 AND shortfall_cents >= 0)
      )`);
    await queryRunner.query(
      'CREATE INDEX cofinancing_declaration_by_government ON cofinancing_declaration (project_year, government_code, declared_at)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE cofinancing_declaration');
  }
}

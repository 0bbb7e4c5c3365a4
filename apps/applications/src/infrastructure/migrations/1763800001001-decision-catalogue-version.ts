import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Decisions remember the catalogue their lines were priced under; earlier decisions did not record it. */
export class DecisionCatalogueVersion1763800001001 implements MigrationInterface {
  name = 'DecisionCatalogueVersion1763800001001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE decision ADD COLUMN catalogue_version varchar(80)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE decision DROP COLUMN catalogue_version');
  }
}

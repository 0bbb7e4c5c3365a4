import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The catalogue versions ABB publishes; the base version stays the data file's (libs/catalogue). */
export class CreateCatalogueVersions1763800001300 implements MigrationInterface {
  name = 'CreateCatalogueVersions1763800001300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE catalogue_version (
        sequence integer PRIMARY KEY,
        catalogue_version varchar(80) NOT NULL,
        from_project_year smallint NOT NULL,
        previous_version varchar(80) NOT NULL,
        note varchar(2000) NOT NULL,
        changes jsonb NOT NULL,
        rates jsonb NOT NULL,
        published_at timestamptz NOT NULL,
        published_by varchar(200) NOT NULL,
        CONSTRAINT catalogue_version_sequence_positive CHECK (sequence >= 1)
      )`);
    await queryRunner.query('CREATE INDEX catalogue_version_by_name ON catalogue_version (catalogue_version)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE catalogue_version');
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every service's database keeps the latest programme clock move, so its clock survives a restart. */
export class ProgrammeClockState1763800000002 implements MigrationInterface {
  name = 'ProgrammeClockState1763800000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE programme_clock (
        id smallint PRIMARY KEY,
        programme_at timestamptz NOT NULL,
        real_at timestamptz NOT NULL,
        moved_by varchar(200) NOT NULL,
        CONSTRAINT programme_clock_one_row CHECK (id = 1)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE programme_clock');
  }
}

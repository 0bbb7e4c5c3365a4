import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A network counts the changes of its member list, and chooses what members see of each other. */
export class CountMemberChangesAndSharing1763800004203 implements MigrationInterface {
  name = 'CountMemberChangesAndSharing1763800004203';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE learning_network ADD COLUMN membership_version integer NOT NULL DEFAULT 0');
    await queryRunner.query(`ALTER TABLE learning_network ADD COLUMN sharing varchar(30) NOT NULL DEFAULT 'names-and-statuses'`);
    await queryRunner.query(
      `ALTER TABLE learning_network ADD CONSTRAINT learning_network_sharing_known
         CHECK (sharing IN ('names-only', 'names-and-statuses', 'figures'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE learning_network DROP CONSTRAINT learning_network_sharing_known');
    await queryRunner.query('ALTER TABLE learning_network DROP COLUMN sharing');
    await queryRunner.query('ALTER TABLE learning_network DROP COLUMN membership_version');
  }
}

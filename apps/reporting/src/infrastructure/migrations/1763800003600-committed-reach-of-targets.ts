import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The two parts of a committed target (current reach and approved additional reach), which report-reviewed v2
 * carries. Nullable: targets recorded before this release did not keep them (see CommittedTargetEntity).
 */
export class CommittedReachOfTargets1763800003600 implements MigrationInterface {
  name = 'CommittedReachOfTargets1763800003600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE committed_target ADD COLUMN current_reach integer, ADD COLUMN approved_additional_reach integer');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE committed_target DROP COLUMN approved_additional_reach, DROP COLUMN current_reach');
  }
}

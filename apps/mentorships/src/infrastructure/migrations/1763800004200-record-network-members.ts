import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each government's one membership per learning network, from invitation to leaving. */
export class RecordNetworkMembers1763800004200 implements MigrationInterface {
  name = 'RecordNetworkMembers1763800004200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE network_member (
        network_id varchar(100) NOT NULL,
        government_code varchar(40) NOT NULL,
        state varchar(20) NOT NULL,
        invited_at timestamptz,
        joined_at timestamptz,
        ended_at timestamptz,
        status_at_join varchar(20),
        caught_up_at timestamptz,
        PRIMARY KEY (network_id, government_code),
        CONSTRAINT network_member_state_known CHECK (state IN ('invited', 'member', 'declined', 'left', 'removed'))
      )`);
    await queryRunner.query('CREATE INDEX network_member_by_government ON network_member (government_code)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE network_member');
  }
}

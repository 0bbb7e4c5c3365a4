import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The latest member list of each learning network (mentorships' network-members-changed), for mentors' access to figures. */
export class NetworkMembers1763800003602 implements MigrationInterface {
  name = 'NetworkMembers1763800003602';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE network_membership (
        network_id varchar(100) PRIMARY KEY,
        mentor_government_code varchar(40) NOT NULL,
        action_number smallint NOT NULL,
        project_year smallint NOT NULL,
        member_codes jsonb NOT NULL,
        membership_version integer NOT NULL,
        changed_at timestamptz NOT NULL,
        CONSTRAINT network_membership_version_positive CHECK (membership_version >= 1)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE network_membership');
  }
}

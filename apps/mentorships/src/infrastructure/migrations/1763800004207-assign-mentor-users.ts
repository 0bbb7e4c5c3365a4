import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Which mentor users (IdP subjects) ABB assigned to a network: what the IdP puts in their tokens. */
export class AssignMentorUsers1763800004207 implements MigrationInterface {
  name = 'AssignMentorUsers1763800004207';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE network_mentor (
        network_id varchar(100) NOT NULL,
        subject varchar(200) NOT NULL,
        name varchar(200),
        assigned_at timestamptz NOT NULL,
        PRIMARY KEY (network_id, subject)
      )`);
    await queryRunner.query('CREATE INDEX network_mentor_by_subject ON network_mentor (subject)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE network_mentor');
  }
}

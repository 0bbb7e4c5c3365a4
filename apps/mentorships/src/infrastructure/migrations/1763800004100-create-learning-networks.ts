import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Learning networks opened by granted mentorships; minimal until the learning-networks issue. */
export class CreateLearningNetworks1763800004100 implements MigrationInterface {
  name = 'CreateLearningNetworks1763800004100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE learning_network (
        id varchar(100) PRIMARY KEY,
        mentor_code varchar(40) NOT NULL,
        action_number smallint NOT NULL,
        project_year smallint NOT NULL,
        amount_cents bigint NOT NULL,
        opened_at timestamptz NOT NULL,
        application_id uuid NOT NULL,
        CONSTRAINT learning_network_amount_not_negative CHECK (amount_cents >= 0)
      )`);
    await queryRunner.query(
      'CREATE UNIQUE INDEX learning_network_one_per_mentor_action_year ON learning_network (mentor_code, action_number, project_year)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE learning_network');
  }
}

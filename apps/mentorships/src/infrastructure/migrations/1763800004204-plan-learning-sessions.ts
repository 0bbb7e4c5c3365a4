import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The sessions a mentor plans for its learning network. */
export class PlanLearningSessions1763800004204 implements MigrationInterface {
  name = 'PlanLearningSessions1763800004204';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE learning_session (
        id uuid PRIMARY KEY,
        network_id varchar(100) NOT NULL,
        title varchar(200) NOT NULL,
        theme varchar(200) NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        place varchar(300),
        online_link varchar(500),
        agenda text NOT NULL,
        capacity integer NOT NULL,
        materials jsonb NOT NULL,
        state varchar(20) NOT NULL,
        attendance_code varchar(12) NOT NULL,
        sequence integer NOT NULL,
        planned_at timestamptz NOT NULL,
        CONSTRAINT learning_session_ends_after_start CHECK (ends_at > starts_at),
        CONSTRAINT learning_session_capacity_positive CHECK (capacity >= 1),
        CONSTRAINT learning_session_state_known CHECK (state IN ('planned', 'cancelled'))
      )`);
    await queryRunner.query('CREATE INDEX learning_session_by_network ON learning_session (network_id, starts_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE learning_session');
  }
}

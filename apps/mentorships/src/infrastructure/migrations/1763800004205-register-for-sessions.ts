import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Members' registrations for sessions and their attendance (a member may attend without having registered). */
export class RegisterForSessions1763800004205 implements MigrationInterface {
  name = 'RegisterForSessions1763800004205';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE session_registration (
        session_id uuid NOT NULL,
        government_code varchar(40) NOT NULL,
        registered_at timestamptz,
        attended_at timestamptz,
        attendance_recorded_by varchar(20),
        PRIMARY KEY (session_id, government_code),
        CONSTRAINT session_registration_registered_or_attended CHECK (registered_at IS NOT NULL OR attended_at IS NOT NULL)
      )`);
    await queryRunner.query('CREATE INDEX session_registration_by_government ON session_registration (government_code)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE session_registration');
  }
}

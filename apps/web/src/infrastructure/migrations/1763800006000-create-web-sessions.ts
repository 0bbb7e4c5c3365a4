import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The back office's sessions, in PostgreSQL so every instance of the web app sees every session (a user's
 * requests may land on any of them). Keyed by the hash of the cookie's value; the tokens live in `data`.
 */
export class CreateWebSessions1763800006000 implements MigrationInterface {
  name = 'CreateWebSessions1763800006000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE web_session (
        key varchar(64) PRIMARY KEY,
        data jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX web_session_by_expiry ON web_session (expires_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE web_session');
  }
}

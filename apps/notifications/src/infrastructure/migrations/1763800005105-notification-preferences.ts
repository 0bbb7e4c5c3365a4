import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A recipient's choice per kind and channel; without a row every kind goes over every channel. */
export class NotificationPreferences1763800005105 implements MigrationInterface {
  name = 'NotificationPreferences1763800005105';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notification_preference (
        recipient varchar(40) NOT NULL,
        kind varchar(40) NOT NULL,
        channel varchar(10) NOT NULL CHECK (channel IN ('email', 'inbox')),
        enabled boolean NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (recipient, kind, channel)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE notification_preference');
  }
}

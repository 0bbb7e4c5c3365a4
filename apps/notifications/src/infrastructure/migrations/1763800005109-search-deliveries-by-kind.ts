import type { MigrationInterface, QueryRunner } from 'typeorm';

/** ABB searches deliveries by kind and date as well as by government. */
export class SearchDeliveriesByKind1763800005109 implements MigrationInterface {
  name = 'SearchDeliveriesByKind1763800005109';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX notification_by_kind ON notification (template, created_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX notification_by_kind');
  }
}

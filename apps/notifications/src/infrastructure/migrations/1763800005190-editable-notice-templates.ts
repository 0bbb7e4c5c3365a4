import type { MigrationInterface, QueryRunner } from 'typeorm';

/** ABB's edits of the message templates, every revision kept; the latest of a kind is in force. */
export class EditableNoticeTemplates1763800005190 implements MigrationInterface {
  name = 'EditableNoticeTemplates1763800005190';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notice_template_revision (
        id bigserial PRIMARY KEY,
        kind varchar(40) NOT NULL,
        revision integer NOT NULL,
        subject text,
        text text,
        html text,
        reason varchar(500) NOT NULL,
        changed_by varchar(200) NOT NULL,
        changed_at timestamptz NOT NULL,
        CONSTRAINT notice_template_revision_parts CHECK ((subject IS NULL) = (text IS NULL) AND (text IS NULL) = (html IS NULL))
      )`);
    await queryRunner.query('CREATE UNIQUE INDEX notice_template_revision_kind_revision ON notice_template_revision (kind, revision)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE notice_template_revision');
  }
}

import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { NOTICE_KINDS } from '../../domain/notice-kinds.js';

const SUBJECT_EXAMPLE = 'Plan Samenleven: {{subjectIndicators}} {{#if severalIndicators}}blijven{{else}}blijft{{/if}} achter op schema';
const TEXT_EXAMPLE = 'Beste collega van {{governmentName}},\n\nBij de {{periodName}} blijft uw resultaat achter.\n';
const HTML_EXAMPLE = '<p>Beste collega van {{governmentName}},</p>\n<p>Bij de {{periodName}} blijft uw resultaat achter.</p>\n';

/** The three parts of one kind, as ABB writes them (Handlebars). */
export class TemplatePartsDto {
  @ApiProperty({ example: SUBJECT_EXAMPLE, description: 'the subject line (one line once filled)' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  subject: string;

  @ApiProperty({ example: TEXT_EXAMPLE, description: 'the plain text of the e-mail and the inbox' })
  @IsString()
  @MinLength(1)
  @MaxLength(50_000)
  text: string;

  @ApiProperty({ example: HTML_EXAMPLE, description: 'the HTML of the e-mail; {{...}} escapes what it inserts' })
  @IsString()
  @MinLength(1)
  @MaxLength(50_000)
  html: string;
}

export class ChangeTemplateDto extends TemplatePartsDto {
  @ApiProperty({ example: 'Toon de vervaldatum vooraan, op vraag van de gemeenten', description: 'why the text changes, kept with it' })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}

export class ResetTemplateDto {
  @ApiProperty({ example: 'Terug naar de standaardtekst', description: 'why the kind returns to the shipped text' })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}

export class TemplateResponse {
  @ApiProperty({ enum: NOTICE_KINDS, example: 'lagging' }) kind: string;
  @ApiProperty({ enum: ['government', 'abb'], example: 'government' }) audience: string;
  @ApiProperty({ example: true, description: 'false: the shipped files are in force' }) edited: boolean;
  @ApiProperty({ example: 2, description: "ABB's latest revision of this kind (0: never changed)" }) revision: number;
  @ApiProperty({ example: SUBJECT_EXAMPLE }) subject: string;
  @ApiProperty({ example: TEXT_EXAMPLE }) text: string;
  @ApiProperty({ example: HTML_EXAMPLE }) html: string;
  @ApiProperty({ type: [String], example: ['governmentName', 'lagging', 'periodName', 'subjectIndicators'] }) variables: string[];
}

export class RenderedNoticeResponse {
  @ApiProperty({ example: 'Plan Samenleven: A05 blijft achter op schema' }) subject: string;
  @ApiProperty({
    example: 'Beste collega van Stad Gent,\n\nBij de tussentijdse rapportering van projectjaar 1 blijft uw resultaat achter.',
  })
  text: string;
  @ApiProperty({
    example: '<p>Beste collega van Stad Gent,</p>\n<p>Bij de tussentijdse rapportering van projectjaar 1 blijft uw resultaat achter.</p>',
  })
  html: string;
}

export class TemplateChangedResponse {
  @ApiProperty({ type: TemplateResponse }) template: TemplateResponse;
  @ApiProperty({ type: RenderedNoticeResponse, description: 'the message filled with the example of its kind' })
  preview: RenderedNoticeResponse;
}

export class TemplateRevisionResponse {
  @ApiProperty({ enum: NOTICE_KINDS, example: 'lagging' }) kind: string;
  @ApiProperty({ example: 2 }) revision: number;
  @ApiProperty({ type: TemplatePartsDto, nullable: true, description: 'null: returned to the shipped files' })
  templates: TemplatePartsDto | null;
  @ApiProperty({ example: 'Toon de vervaldatum vooraan, op vraag van de gemeenten' }) reason: string;
  @ApiProperty({ example: 'abb-user-17' }) changedBy: string;
  @ApiProperty({ example: '2023-04-12T08:30:00.000Z' }) changedAt: string;
}

import { Type } from 'class-transformer';
import { ArrayMinSize, IsInt, IsObject, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { INDICATOR_CODE_PATTERN } from './common.js';

export class IndicatorRateV1 {
  @Matches(INDICATOR_CODE_PATTERN) indicatorCode: string;
  @IsInt() @Min(0) eurPerKpi: number;
  @IsInt() @Min(0) maxPerApplicant: number;
}

export class CatalogueVersionPublishedV1 {
  /** The digest naming the version's content; applications, decisions and figures carry it. */
  @IsString() @MinLength(1) @MaxLength(80) catalogueVersion: string;
  /** The version applies to this project year and the later ones until the next version; earlier years keep theirs. */
  @IsInt() @Min(1) @Max(3) fromProjectYear: number;
  @IsString() @MaxLength(80) previousVersion: string;
  @IsString() @MaxLength(2000) note: string;
  /** Only the indicators whose rate or cap differs from the previous version. */
  @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => IndicatorRateV1) @ArrayMinSize(1) changes: IndicatorRateV1[];
}

export const catalogueVersionPublishedV1 = defineEvent({
  type: 'applications.catalogue-version-published',
  version: 1,
  topic: TOPICS.applications,
  keyField: 'catalogueVersion',
  producer: 'applications',
  description: 'ABB published a new catalogue version (changed rates or caps) for a project year and the years after it.',
  payloadClass: CatalogueVersionPublishedV1,
  example: {
    catalogueVersion: 'sha256-9a0b1c2d3e4f',
    fromProjectYear: 2,
    previousVersion: 'sha256-3f1c2a9b7d10',
    note: 'Oefenkans Nederlands: EUR 65 per KPI vanaf projectjaar 2',
    changes: [{ indicatorCode: 'A05', eurPerKpi: 65, maxPerApplicant: 2250 }],
  },
});

import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
  IsPositive,
} from 'class-validator';
import { GovernmentRegisteredV1, ReportSubmittedV1 } from '#contracts';
import { payloadSchemas, UnsupportedValidatorError } from './payload-schema.js';

class LineV1 {
  @Matches(/^A[0-9]{2}$/) code: string;
  @ValidateIf((_, value) => value !== null) @IsInt() @Min(0) achieved: number | null;
  @IsOptional() @IsString() @MaxLength(40) note?: string;
}

class SampleV1 {
  @IsUUID() id: string;
  @IsInt() @Min(1) @Max(3) year: number;
  @IsNumber() @Min(0) share: number;
  @IsIn(['a', 'b']) kind: string;
  @IsEmail() email: string;
  @IsISO8601() at: string;
  @ValidateNested({ each: true }) @Type(() => LineV1) @ArrayMinSize(1) lines: LineV1[];
}

describe('payloadSchemas', () => {
  it('derives types, formats, bounds, patterns and enums from the validators', () => {
    const schemas = payloadSchemas(SampleV1);
    expect(schemas.get('SampleV1')).toEqual({
      type: 'object',
      additionalProperties: false,
      required: ['id', 'year', 'share', 'kind', 'email', 'at', 'lines'],
      properties: {
        id: { type: 'string', format: 'uuid' },
        year: { type: 'integer', minimum: 1, maximum: 3 },
        share: { type: 'number', minimum: 0 },
        kind: { type: 'string', enum: ['a', 'b'] },
        email: { type: 'string', format: 'email' },
        at: { type: 'string', format: 'date-time' },
        lines: { type: 'array', minItems: 1, items: { $ref: '#/components/schemas/LineV1' } },
      },
    });
  });

  it('documents nested classes, nullable fields (@ValidateIf skipping null) and optional fields', () => {
    expect(payloadSchemas(SampleV1).get('LineV1')).toEqual({
      type: 'object',
      additionalProperties: false,
      required: ['code', 'achieved'],
      properties: {
        code: { type: 'string', pattern: '^A[0-9]{2}$' },
        achieved: { type: ['integer', 'null'], minimum: 0 },
        note: { type: ['string', 'null'], maxLength: 40 },
      },
    });
  });

  it('refuses a validator it cannot document instead of leaving it out', () => {
    class Unsupported {
      @IsPositive() amount: number;
    }
    expect(() => payloadSchemas(Unsupported)).toThrow(UnsupportedValidatorError);
    expect(() => payloadSchemas(Unsupported)).toThrow(/Unsupported\.amount: validator isPositive/);
  });

  it('covers the real contracts, nested classes included', () => {
    const schemas = payloadSchemas(GovernmentRegisteredV1);
    expect([...schemas.keys()]).toEqual(['GovernmentRegisteredV1', 'GovernmentContactV1']);
    expect(schemas.get('GovernmentRegisteredV1')?.properties?.province?.enum).toContain('Oost-Vlaanderen');
    expect(payloadSchemas(ReportSubmittedV1).get('ReportedResultV1')?.required).toEqual(['indicatorCode', 'achieved']);
  });
});

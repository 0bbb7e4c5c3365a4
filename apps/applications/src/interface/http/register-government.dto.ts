import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PROVINCES } from '#contracts';
import { MAX_CONTACTS, REGISTER_CODE_PATTERN } from '../../domain/local-government.js';

const KBO_FORMAT = /^[01][0-9]{9}$/;
const MAX_COUNT = 999_999_999;

export class ContactDto {
  @ApiProperty({ example: 'Dienst Samenleven' }) @IsString() @MinLength(1) @MaxLength(200) name: string;
  @ApiProperty({ example: 'samenleven@gent.example' }) @IsEmail() email: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: '+32 9 210 10 10', description: 'null or left out when unknown' })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9][0-9 ()./-]{4,38}$/, { message: 'phone must be a phone number (digits, spaces, + ( ) . / -)' })
  phone?: string | null;
  @ApiProperty({ example: 'primary', description: 'e.g. primary, finance, reporting' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  role: string;
}

/** A government the shipped register does not have (e.g. after a merger); the 300 municipalities, VGC and vzw de Rand are there already. */
export class RegisterGovernmentDto {
  @ApiProperty({ description: '5-digit NIS code of the municipality, or VGC / DE-RAND', example: '44021' })
  @Matches(REGISTER_CODE_PATTERN, { message: 'code must be a 5-digit NIS code, VGC or DE-RAND' })
  code: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'KBO enterprise number, 10 digits (check digits verified)',
    example: '0207451227',
  })
  @IsOptional()
  @Matches(KBO_FORMAT, { message: 'kboNumber must be 10 digits starting with 0 or 1' })
  kboNumber?: string | null;

  @ApiProperty({ example: 'Gent' }) @IsString() @MinLength(1) @MaxLength(200) name: string;

  @ApiProperty({ enum: PROVINCES, example: 'Oost-Vlaanderen' }) @IsIn(PROVINCES) province: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Gent' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  arrondissement?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 263927 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  inhabitants?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 61000, description: 'null when unknown' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  nonEuOriginInhabitants?: number | null;

  @ApiProperty({ type: [ContactDto] })
  @IsArray()
  @ArrayMaxSize(MAX_CONTACTS)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ContactDto)
  contacts: ContactDto[];
}

/** The fields to change; a field left out keeps its value, null clears a nullable one. */
export class UpdateGovernmentDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: '0207451227', description: 'null clears it' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @Matches(KBO_FORMAT, { message: 'kboNumber must be 10 digits starting with 0 or 1' })
  kboNumber?: string | null;

  @ApiPropertyOptional({ example: 'Gent' })
  @ValidateIf((_, value) => value !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: PROVINCES, example: 'Oost-Vlaanderen' })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(PROVINCES)
  province?: string;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 263927 })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  inhabitants?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 61000, description: 'null when unknown' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsInt()
  @Min(0)
  @Max(MAX_COUNT)
  nonEuOriginInhabitants?: number | null;

  @ApiPropertyOptional({ type: [ContactDto], description: 'replaces every contact person of the government' })
  @ValidateIf((_, value) => value !== undefined)
  @IsArray()
  @ArrayMaxSize(MAX_CONTACTS)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ContactDto)
  contacts?: ContactDto[];
}

export class GovernmentCodeParams {
  @ApiProperty({ example: '44021' })
  @Matches(REGISTER_CODE_PATTERN, { message: 'code must be a 5-digit NIS code, VGC or DE-RAND' })
  code: string;
}

export class ImportGovernmentsQueryDto {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    example: 'true',
    description: 'true: check the file and say what it would do, with every problem, without importing anything',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'dryRun must be true or false' })
  dryRun?: 'true' | 'false';
}

export class ListGovernmentsQueryDto {
  @ApiPropertyOptional({ enum: PROVINCES, example: 'Limburg' }) @IsOptional() @IsIn(PROVINCES) province?: string;
  @ApiPropertyOptional({ enum: ['municipality', 'vgc', 'de-rand'], example: 'municipality' })
  @IsOptional()
  @IsIn(['municipality', 'vgc', 'de-rand'])
  kind?: 'municipality' | 'vgc' | 'de-rand';
  @ApiPropertyOptional({ description: 'part of the name or the code, in any case', example: 'mechelen' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

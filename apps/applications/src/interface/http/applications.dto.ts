import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { GOVERNMENT_CODE_PATTERN, INDICATOR_CODE_PATTERN } from '#contracts';

const GROUP_CODE = /^GROUP-[A-Z0-9-]{1,34}$/;
/** Numbers of a draft may be incomplete or wrong (submitting names the problem); they are finite and of a sane size. */
const REACH = { allowNaN: false, allowInfinity: false } as const;
const MAX_REACH = 100_000_000;

export class CreateApplicationDto {
  @ApiProperty({ format: 'uuid', example: '7d444840-9dc0-11d1-b245-5ffdce74fad2' }) @IsUUID() callId: string;

  @ApiPropertyOptional({
    example: '44021',
    description: "The applicant: the officer's own government (the default), or the lead of the group in groupCode; ABB must name it",
  })
  @IsOptional()
  @Matches(GOVERNMENT_CODE_PATTERN, { message: 'governmentCode must be a 5-digit NIS code, VGC or DE-RAND' })
  governmentCode?: string;

  @ApiPropertyOptional({ example: 'GROUP-SAMENWERKING-DENDERSTREEK', description: 'The group its lead applies for' })
  @IsOptional()
  @Matches(GROUP_CODE, { message: 'groupCode must look like GROUP-<NAME>' })
  groupCode?: string;
}

export class ApplicationLineDto {
  @ApiProperty({ example: 'A05' })
  @Matches(INDICATOR_CODE_PATTERN, { message: 'indicatorCode must look like A05 or A09-NIEUWKOMERS' })
  indicatorCode: string;

  @ApiPropertyOptional({ example: 500, nullable: true, type: Number, description: 'Reached today' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsNumber(REACH)
  @Min(-MAX_REACH)
  @Max(MAX_REACH)
  currentReach?: number | null;

  @ApiPropertyOptional({ example: 1500, nullable: true, type: Number, description: 'Planned additional reach (KPI): 0..cap, whole' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsNumber(REACH)
  @Min(-MAX_REACH)
  @Max(MAX_REACH)
  additionalReach?: number | null;

  @ApiPropertyOptional({ example: 1, nullable: true, type: Number, description: 'Distinct 1..n over the lines with additional reach > 0' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsNumber(REACH)
  @Min(-1000)
  @Max(1000)
  priority?: number | null;
}

export class MentorshipDto {
  @ApiProperty({ example: 5, description: 'An action the application applies for' }) @IsNumber(REACH) @Min(1) @Max(24) actionNumber: number;
  @ApiProperty({ example: 'Gent begeleidt al tien jaar oefenkansen Nederlands.' }) @IsString() @MaxLength(4000) motivation: string;
}

export class CooperationDto {
  @ApiProperty({ example: '44083', description: 'The smaller government cooperated with' })
  @Matches(/^[0-9]{5}$/, { message: 'partnerCode must be a 5-digit NIS code' })
  partnerCode: string;

  @ApiProperty({ example: 'Samen met een kleinere buurgemeente.' }) @IsString() @MaxLength(4000) motivation: string;
}

export class SocialImpactBondDto {
  @ApiProperty({ example: false }) @IsBoolean() intended: boolean;
  @ApiProperty({ example: '' }) @IsString() @MaxLength(4000) text: string;
}

export class StimuliDto {
  @ApiProperty({ type: [MentorshipDto] })
  @IsArray()
  @ArrayMaxSize(24)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => MentorshipDto)
  mentorships: MentorshipDto[];

  @ApiPropertyOptional({ type: CooperationDto, nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsObject()
  @ValidateNested()
  @Type(() => CooperationDto)
  cooperation?: CooperationDto | null;

  @ApiPropertyOptional({ type: SocialImpactBondDto, nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsObject()
  @ValidateNested()
  @Type(() => SocialImpactBondDto)
  socialImpactBond?: SocialImpactBondDto | null;
}

export class ApplicationContactDto {
  @ApiProperty({ example: 'Dienst Samenleven Gent' }) @IsString() @MinLength(1) @MaxLength(200) name: string;
  @ApiProperty({ example: 'samenleven@gent.example' }) @IsEmail() email: string;
  @ApiPropertyOptional({ example: '+32 9 266 00 00', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(40)
  phone?: string | null;
  @ApiProperty({ example: 'primary' }) @IsString() @MinLength(1) @MaxLength(100) role: string;
}

/** The whole draft; any part may be left incomplete until submitting. Status, amounts and the applicant are not the caller's to set. */
export class SaveApplicationDto {
  @ApiProperty({ type: [ApplicationLineDto] })
  @IsArray()
  @ArrayMaxSize(40)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ApplicationLineDto)
  lines: ApplicationLineDto[];

  @ApiProperty({ type: StimuliDto }) @IsObject() @ValidateNested() @Type(() => StimuliDto) stimuli: StimuliDto;

  @ApiProperty({ type: [ApplicationContactDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ApplicationContactDto)
  contacts: ApplicationContactDto[];

  @ApiPropertyOptional({ example: 'BE68 5390 0754 7034', nullable: true, type: String, description: 'Checked when submitting' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(42)
  iban?: string | null;
}

export class ApplicationsQueryDto {
  @ApiPropertyOptional({ format: 'uuid', example: '7d444840-9dc0-11d1-b245-5ffdce74fad2' }) @IsOptional() @IsUUID() callId?: string;
}

class RequestedLineResponse {
  @ApiProperty({ example: 'A05' }) indicatorCode: string;
  @ApiProperty({ example: 9_000_000, description: 'additionalReach x eurPerKpi x 100, never above cap x eurPerKpi x 100' })
  requestedCents: number;
}

class RequestedResponse {
  @ApiProperty({ type: [RequestedLineResponse] }) lines: RequestedLineResponse[];
  @ApiProperty({ example: 9_000_000 }) linesCents: number;
  @ApiProperty({ example: 1_000_000, description: 'EUR 10,000 per mentorship and per cooperation, counted separately' })
  stimuliCents: number;
}

export class ApplicationResponse {
  @ApiProperty({ format: 'uuid', example: '0f8fad5b-d9cb-469f-a165-70867728950e' }) id: string;
  @ApiProperty({ format: 'uuid', example: '7d444840-9dc0-11d1-b245-5ffdce74fad2' }) callId: string;
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ example: null, nullable: true, type: String }) groupCode: string | null;
  @ApiProperty({ example: ['44021'], type: [String] }) memberCodes: string[];
  @ApiProperty({ example: 'sha256-3f1c2a9b7d10' }) catalogueVersion: string;
  @ApiProperty({ enum: ['draft', 'submitted', 'decision-pending', 'decided', 'refused-by-budget'], example: 'draft' }) status: string;
  @ApiProperty({ type: [ApplicationLineDto] }) lines: ApplicationLineDto[];
  @ApiProperty({ type: StimuliDto }) stimuli: StimuliDto;
  @ApiProperty({ type: [ApplicationContactDto] }) contacts: ApplicationContactDto[];
  @ApiProperty({ example: 'BE68539007547034', nullable: true, type: String }) iban: string | null;
  @ApiProperty({ type: RequestedResponse }) requested: RequestedResponse;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) submittedAt: string | null;
}

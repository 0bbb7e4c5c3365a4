import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { ATTENDANCE_SOURCES, GOVERNMENT_CODE_PATTERN } from '#contracts';

const GOVERNMENT_CODE_MESSAGE = 'governmentCode must be a 5-digit NIS code, VGC, DE-RAND or GROUP-<NAME>';

export class PlanSessionDto {
  @ApiProperty({ example: 'Pleinen die verbinden', maxLength: 200 }) @IsString() @MinLength(1) @MaxLength(200) title: string;
  @ApiPropertyOptional({ example: 'publieke ruimte', maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) theme?: string;
  @ApiProperty({ example: '2023-03-02T13:00:00.000Z', format: 'date-time' }) @IsISO8601({ strict: true }) startsAt: string;
  @ApiProperty({ example: '2023-03-02T16:00:00.000Z', format: 'date-time', description: 'after startsAt' })
  @IsISO8601({ strict: true })
  endsAt: string;
  @ApiPropertyOptional({
    example: 'Stadhuis Mechelen, Grote Markt 21',
    nullable: true,
    type: String,
    description: 'or onlineLink, or both',
  })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  place?: string | null;
  @ApiPropertyOptional({ example: 'https://meet.example.org/pleinmakers', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUrl({ require_protocol: true, protocols: ['https', 'http'] })
  @MaxLength(500)
  onlineLink?: string | null;
  @ApiPropertyOptional({ example: 'Welkom, rondgang op het plein, uitwisseling', maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  agenda?: string;
  @ApiProperty({ example: 20, minimum: 1, description: 'places; not below the registrations already made' })
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity: number;
  @ApiPropertyOptional({ example: ['https://example.org/pleinmakers/presentatie.pdf'], type: [String], maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUrl({ require_protocol: true, protocols: ['https', 'http'] }, { each: true })
  materials?: string[];
}

export class RegistrationDto {
  @ApiProperty({ example: '44021', description: 'the member that registers' })
  @Matches(GOVERNMENT_CODE_PATTERN, { message: GOVERNMENT_CODE_MESSAGE })
  governmentCode: string;
}

export class AttendanceCodeDto {
  @ApiProperty({ example: '44021', description: 'the member that attends' })
  @Matches(GOVERNMENT_CODE_PATTERN, { message: GOVERNMENT_CODE_MESSAGE })
  governmentCode: string;
  @ApiProperty({ example: 'K7M2QX', description: 'the code the mentor shows during the session' })
  @IsString()
  @MinLength(1)
  @MaxLength(12)
  code: string;
}

export class RegistrationResponse {
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', example: '2023-02-10T11:00:00.000Z', description: 'null: walked in' })
  registeredAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', example: '2023-03-02T13:20:00.000Z' }) attendedAt: string | null;
  @ApiProperty({ nullable: true, enum: ATTENDANCE_SOURCES, example: 'code' }) attendanceRecordedBy: string | null;
}

export class WithdrawalResponse {
  @ApiProperty({ example: '5b1e2c34-7d8f-4a6b-9c0d-1e2f3a4b5c6d' }) sessionId: string;
  @ApiProperty({ example: 'network-12025-A22-PJ1' }) networkId: string;
  @ApiProperty({ example: '44021' }) governmentCode: string;
  @ApiProperty({ format: 'date-time', example: '2023-02-10T11:00:00.000Z', description: 'when it had registered' }) registeredAt: string;
  @ApiProperty({ format: 'date-time', example: '2023-02-20T16:45:00.000Z', description: 'programme time' }) withdrawnAt: string;
  @ApiProperty({ example: 11, description: 'places taken after the withdrawal' }) registered: number;
  @ApiProperty({ example: 20 }) capacity: number;
}

export class SessionResponse {
  @ApiProperty({ example: '5b1e2c34-7d8f-4a6b-9c0d-1e2f3a4b5c6d' }) id: string;
  @ApiProperty({ example: 'network-12025-A22-PJ1' }) networkId: string;
  @ApiProperty({ example: 'Pleinen die verbinden' }) title: string;
  @ApiProperty({ example: 'publieke ruimte' }) theme: string;
  @ApiProperty({ example: '2023-03-02T13:00:00.000Z', format: 'date-time' }) startsAt: string;
  @ApiProperty({ example: '2023-03-02T16:00:00.000Z', format: 'date-time' }) endsAt: string;
  @ApiProperty({ nullable: true, type: String, example: 'Stadhuis Mechelen, Grote Markt 21' }) place: string | null;
  @ApiProperty({ nullable: true, type: String, example: null }) onlineLink: string | null;
  @ApiProperty({ example: 'Welkom, rondgang op het plein, uitwisseling' }) agenda: string;
  @ApiProperty({ example: 20 }) capacity: number;
  @ApiProperty({ type: [String], example: ['https://example.org/pleinmakers/presentatie.pdf'] }) materials: string[];
  @ApiProperty({ enum: ['planned', 'cancelled'], example: 'planned' }) state: string;
  @ApiProperty({ example: 0, description: 'iCalendar SEQUENCE, one more with every change' }) sequence: number;
  @ApiProperty({ example: 12, description: 'places taken' }) registered: number;
  @ApiPropertyOptional({ example: 'K7M2QX', description: 'the mentor and ABB only' }) attendanceCode?: string;
  @ApiProperty({ type: [RegistrationResponse], description: 'the mentor and ABB: all; a member: its own' })
  registrations: RegistrationResponse[];
}

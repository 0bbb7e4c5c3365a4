import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

export class OpenCallDto {
  @ApiProperty({ example: 1, minimum: 1, maximum: 3 }) @IsInt() @Min(1) @Max(3) projectYear: number;

  @ApiProperty({ example: 'Oproep Plan Samenleven projectjaar 1' }) @IsString() @MinLength(1) @MaxLength(200) title: string;

  @ApiProperty({ example: '2022-06-01T00:00:00.000Z', format: 'date-time', description: 'On the programme clock' })
  // A string checked as such: a Date transform would turn a number or a boolean into a valid date.
  @IsISO8601({ strict: true }, { message: 'opensAt must be an ISO 8601 date-time' })
  opensAt: string;

  @ApiProperty({ example: '2022-07-15T22:00:00.000Z', format: 'date-time', description: 'After opensAt; the call closes by itself then' })
  @IsISO8601({ strict: true }, { message: 'closesAt must be an ISO 8601 date-time' })
  closesAt: string;
}

export class CallResponse {
  @ApiProperty({ format: 'uuid', example: '7d444840-9dc0-11d1-b245-5ffdce74fad2' }) id: string;
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 'Oproep Plan Samenleven projectjaar 1' }) title: string;
  @ApiProperty({ example: 'sha256-3f1c2a9b7d10', description: 'Every application of the call is priced under it' })
  catalogueVersion: string;
  @ApiProperty({ format: 'date-time', example: '2022-06-01T00:00:00.000Z' }) opensAt: string;
  @ApiProperty({ format: 'date-time', example: '2022-07-15T22:00:00.000Z' }) closesAt: string;
  @ApiProperty({ example: false, description: 'Year 3: only governments that submitted in an earlier project year may apply' })
  onlyEarlierParticipants: boolean;
  @ApiProperty({ enum: ['open', 'closed'], example: 'open' }) status: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, example: null }) closedAt: string | null;
  @ApiProperty({ enum: ['abb', 'closing-date'], nullable: true, example: null }) closedBy: string | null;
}

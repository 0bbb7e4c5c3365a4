import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class MoveProgrammeClockDto {
  @ApiPropertyOptional({ example: '2023-04-16', description: 'The programme date (its start, 00:00 UTC) or date-time to move to' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  to?: string;

  @ApiPropertyOptional({ example: '30d', description: 'Or: how far to move forward, in minutes, hours, days or weeks (90m, 12h, 30d, 2w)' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  forwardBy?: string;
}

export class ProgrammeClockResponse {
  @ApiProperty({ format: 'date-time', example: '2022-06-15T09:12:00.000Z', description: 'The programme time now' }) now: string;
  @ApiProperty({ enum: ['production', 'development'], example: 'development' }) mode: string;
  @ApiProperty({ example: true, description: 'Whether ABB may move the clock forward (development mode only)' }) movable: boolean;
}

export class ProgrammeClockMovedResponse {
  @ApiProperty({ format: 'date-time', example: '2022-06-15T09:12:00.000Z' }) movedFrom: string;
  @ApiProperty({ format: 'date-time', example: '2023-04-16T00:00:00.000Z' }) movedTo: string;
}

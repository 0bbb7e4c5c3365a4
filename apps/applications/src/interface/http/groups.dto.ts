import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

const NIS_CODE = /^[0-9]{5}$/;

export class FormGroupDto {
  @ApiProperty({ example: 1, minimum: 1, maximum: 3 }) @IsInt() @Min(1) @Max(3) projectYear: number;

  @ApiProperty({ example: 'Samenwerking Denderstreek', description: 'Gives the group code: GROUP-SAMENWERKING-DENDERSTREEK' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'Dender' }) @IsString() @MinLength(1) @MaxLength(200) referenceRegion: string;

  @ApiProperty({ example: '41002', description: 'The member that applies, receives the money and reports' })
  @Matches(NIS_CODE, { message: 'leadCode must be a 5-digit NIS code' })
  leadCode: string;

  @ApiProperty({ example: ['41002', '41011', '41018'], type: [String] })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(50)
  @Matches(NIS_CODE, { each: true, message: 'each of memberCodes must be a 5-digit NIS code' })
  memberCodes: string[];
}

export class ChangeGroupDto {
  @ApiPropertyOptional({ example: 'Samenwerking Denderstreek', description: 'The group code stays as it was' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: 'Dender' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) referenceRegion?: string;

  @ApiPropertyOptional({ example: '41011' })
  @IsOptional()
  @Matches(NIS_CODE, { message: 'leadCode must be a 5-digit NIS code' })
  leadCode?: string;

  @ApiPropertyOptional({ example: ['41002', '41011'], type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(50)
  @Matches(NIS_CODE, { each: true, message: 'each of memberCodes must be a 5-digit NIS code' })
  memberCodes?: string[];
}

export class GroupsQueryDto {
  @ApiPropertyOptional({ example: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(3) projectYear?: number;
}

export class GroupYearQueryDto {
  @ApiProperty({ example: 1, description: 'The project year the group is formed for' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3)
  projectYear: number;
}

export class GroupResponse {
  @ApiProperty({ format: 'uuid', example: '5b0c1d2e-3f40-4a51-8b62-7c83d94ea5f6' }) id: string;
  @ApiProperty({ example: 'GROUP-SAMENWERKING-DENDERSTREEK' }) groupCode: string;
  @ApiProperty({ example: 1 }) projectYear: number;
  @ApiProperty({ example: 'Samenwerking Denderstreek' }) name: string;
  @ApiProperty({ example: 'Dender' }) referenceRegion: string;
  @ApiProperty({ example: '41002' }) leadCode: string;
  @ApiProperty({ example: ['41002', '41011', '41018'], type: [String] }) memberCodes: string[];
  @ApiProperty({ example: 8100, nullable: true, type: Number, description: 'The members together; null while a count is unknown' })
  nonEuOriginInhabitants: number | null;
  @ApiProperty({ example: true }) eligible: boolean;
  @ApiProperty({ example: null, nullable: true, type: String }) eligibilityReason: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

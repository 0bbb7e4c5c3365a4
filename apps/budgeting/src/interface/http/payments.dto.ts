import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { GOVERNMENT_CODE_PATTERN } from '#contracts';
import { MAX_INSTALMENTS, PAYMENT_CONDITION_VALUES, type PaymentCondition } from '../../domain/payment-schedule.js';

const GOVERNMENT_CODE_MESSAGE = 'governmentCode must be a 5-digit NIS code, VGC, DE-RAND or GROUP-<NAME>';

export class InstalmentDto {
  @ApiProperty({ example: 'voorschot', maxLength: 80 }) @IsString() @MinLength(1) @MaxLength(80) label: string;
  @ApiProperty({ example: 50, description: 'Whole percent of the commitment; the shares add up to 100' })
  @IsInt()
  @Min(1)
  @Max(100)
  sharePercent: number;
  @ApiProperty({ enum: PAYMENT_CONDITION_VALUES, example: 'decision', description: 'When it becomes due' })
  @IsIn(PAYMENT_CONDITION_VALUES)
  condition: PaymentCondition;
}

export class SetPaymentScheduleDto {
  @ApiProperty({
    type: [InstalmentDto],
    example: [
      { label: 'voorschot', sharePercent: 60, condition: 'decision' },
      { label: 'saldo', sharePercent: 40, condition: 'annual-report-accepted' },
    ],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_INSTALMENTS)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => InstalmentDto)
  instalments: InstalmentDto[];
}

export class PaymentsQueryDto {
  @ApiProperty({ example: 1 }) @Type(() => Number) @IsInt() @Min(1) @Max(3) projectYear: number;

  @ApiPropertyOptional({ example: '44021', description: 'Only this government; required for a government officer' })
  @IsOptional()
  @Matches(GOVERNMENT_CODE_PATTERN, { message: GOVERNMENT_CODE_MESSAGE })
  governmentCode?: string;

  @ApiPropertyOptional({ enum: ['scheduled', 'due', 'released'], example: 'due' })
  @IsOptional()
  @IsIn(['scheduled', 'due', 'released'])
  status?: 'scheduled' | 'due' | 'released';
}

export class PaymentIdParamDto {
  @ApiProperty({ format: 'uuid', example: '2a7c4e1b-9d3f-4a6b-8c5e-1f0a9b8c7d6e' }) @IsUUID() paymentId: string;
}

export class ReleaseDueDto {
  @ApiProperty({ example: 1 }) @IsInt() @Min(1) @Max(3) projectYear: number;

  @ApiPropertyOptional({ example: '44021', description: 'Only the due payments of this government' })
  @IsOptional()
  @Matches(GOVERNMENT_CODE_PATTERN, { message: GOVERNMENT_CODE_MESSAGE })
  governmentCode?: string;
}

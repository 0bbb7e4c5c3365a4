import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsObject,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { GOVERNMENT_CODE_PATTERN, PROVINCES } from '#contracts';

export class ContactDto {
  @ApiProperty({ example: 'Dienst Samenleven' }) @IsString() @MinLength(1) @MaxLength(200) name: string;
  @ApiProperty({ example: 'samenleven@gent.example' }) @IsEmail() email: string;
  @ApiProperty({ example: 'primary' }) @IsString() @MinLength(1) @MaxLength(100) role: string;
}

export class RegisterGovernmentDto {
  @ApiProperty({ description: 'NIS code of the municipality, or VGC / DE-RAND / GROUP-<name>', example: '44021' })
  @Matches(GOVERNMENT_CODE_PATTERN, { message: 'code must be a 5-digit NIS code, VGC, DE-RAND or GROUP-<NAME>' })
  code: string;

  @ApiProperty({ description: 'KBO enterprise number, 10 digits', example: '0207451227' })
  @Matches(/^[01][0-9]{9}$/, { message: 'kboNumber must be 10 digits starting with 0 or 1' })
  kboNumber: string;

  @ApiProperty({ example: 'Stad Gent' }) @IsString() @MinLength(1) @MaxLength(200) name: string;

  @ApiProperty({ enum: PROVINCES }) @IsIn(PROVINCES) province: string;

  @ApiProperty({ type: [ContactDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ContactDto)
  contacts: ContactDto[];
}

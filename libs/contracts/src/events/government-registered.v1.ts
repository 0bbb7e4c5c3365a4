import { Type } from 'class-transformer';
import { ArrayMinSize, IsEmail, IsIn, IsObject, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN } from './common.js';

export const PROVINCES = ['Antwerpen', 'Limburg', 'Oost-Vlaanderen', 'Vlaams-Brabant', 'West-Vlaanderen', 'Brussel'] as const;

export class GovernmentContactV1 {
  @IsString() @MaxLength(200) name: string;
  @IsEmail() email: string;
  @IsString() @MaxLength(100) role: string;
}

export class GovernmentRegisteredV1 {
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @Matches(/^[01][0-9]{9}$/) kboNumber: string;
  @IsString() @MaxLength(200) name: string;
  @IsIn(PROVINCES) province: string;
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => GovernmentContactV1)
  @ArrayMinSize(1)
  contacts: GovernmentContactV1[];
}

export const governmentRegisteredV1 = defineEvent({
  type: 'applications.government-registered',
  version: 1,
  topic: TOPICS.applications,
  producer: 'applications',
  description: 'A local government (municipality, VGC, vzw de Rand or group lead) was registered with its contacts.',
  payloadClass: GovernmentRegisteredV1,
  example: {
    governmentCode: '44021',
    kboNumber: '0207451227',
    name: 'Stad Gent',
    province: 'Oost-Vlaanderen',
    contacts: [{ name: 'Samenleven Gent', email: 'samenleven@gent.example', role: 'primary' }],
  },
});

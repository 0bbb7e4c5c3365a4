import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsObject, IsString, Matches, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN } from './common.js';
import { PROVINCES } from './government-registered.v1.js';

export const GOVERNMENT_KINDS = ['municipality', 'vgc', 'de-rand'] as const;
export type GovernmentKind = (typeof GOVERNMENT_KINDS)[number];

export class GovernmentContactV2 {
  @IsString() @MaxLength(200) name: string;
  @IsEmail() email: string;
  /** Null when the register has no phone number for this person. */
  @ValidateIf((_, value) => value !== null) @IsString() @MaxLength(40) phone: string | null;
  @IsString() @MaxLength(100) role: string;
}

/** The whole register entry, as both registered-v2 and updated-v1 carry it: consumers replace their copy. */
export class GovernmentV2 {
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @IsIn(GOVERNMENT_KINDS) kind: GovernmentKind;
  /** Null where no public source gave the KBO number (the shipped register says which). */
  @ValidateIf((_, value) => value !== null) @Matches(/^[01][0-9]{9}$/) kboNumber: string | null;
  @IsString() @MaxLength(200) name: string;
  @IsIn(PROVINCES) province: string;
  @ValidateIf((_, value) => value !== null) @IsInt() @Min(0) inhabitants: number | null;
  /** Null when unknown: eligibility then cannot be established until ABB records it. */
  @ValidateIf((_, value) => value !== null) @IsInt() @Min(0) nonEuOriginInhabitants: number | null;
  /** May be empty: a municipality of the shipped register has no contacts until ABB imports them. */
  @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => GovernmentContactV2) contacts: GovernmentContactV2[];
}

export class GovernmentRegisteredV2 extends GovernmentV2 {}

export const governmentExample: GovernmentV2 = {
  governmentCode: '44021',
  kind: 'municipality',
  kboNumber: '0207451227',
  name: 'Gent',
  province: 'Oost-Vlaanderen',
  inhabitants: 263927,
  nonEuOriginInhabitants: null,
  contacts: [{ name: 'Dienst Samenleven Gent', email: 'samenleven@gent.example', phone: '+32 9 210 10 10', role: 'primary' }],
};

export const governmentRegisteredV2 = defineEvent({
  type: 'applications.government-registered',
  version: 2,
  topic: TOPICS.applications,
  producer: 'applications',
  description:
    'A local government (municipality, VGC or vzw de Rand) entered the register, with what is known of it: ' +
    'KBO number and counts may be null, contacts may be empty.',
  payloadClass: GovernmentRegisteredV2,
  example: governmentExample,
});

import { ArrayMinSize, IsInt, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN } from './common.js';

/** A group of municipalities in one reference region for one project year, as it stands. */
export class GovernmentGroupV1 {
  @IsUUID() groupId: string;
  /** GROUP-<NAME>: the code under which the lead applies, receives the money and reports. */
  @Matches(GOVERNMENT_CODE_PATTERN) groupCode: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @IsString() @MaxLength(200) name: string;
  @IsString() @MaxLength(200) referenceRegion: string;
  /** The member that applies, receives the money and reports (one of memberCodes). */
  @Matches(/^[0-9]{5}$/) leadCode: string;
  @ArrayMinSize(2) @Matches(/^[0-9]{5}$/, { each: true }) memberCodes: string[];
  /** Sum of the members' known counts; the group is eligible when it passes 7,500. */
  @IsInt() @Min(0) nonEuOriginInhabitants: number;
}

export const groupExample: GovernmentGroupV1 = {
  groupId: '5b0c1d2e-3f40-4a51-8b62-7c83d94ea5f6',
  groupCode: 'GROUP-DENDERSTREEK',
  projectYear: 1,
  name: 'Samenwerking Denderstreek',
  referenceRegion: 'Dender',
  leadCode: '41002',
  memberCodes: ['41002', '41011', '41018'],
  nonEuOriginInhabitants: 8100,
};

export class GroupFormedV1 extends GovernmentGroupV1 {}

export const groupFormedV1 = defineEvent({
  type: 'applications.group-formed',
  version: 1,
  topic: TOPICS.applications,
  keyField: 'groupCode',
  producer: 'applications',
  description: 'Municipalities of one reference region formed a group for a project year, with one lead that applies and reports.',
  payloadClass: GroupFormedV1,
  example: groupExample,
});

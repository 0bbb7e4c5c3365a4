import { ArrayMinSize, IsIn, IsString } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { governmentExample, GovernmentV2 } from './government-registered.v2.js';

export const GOVERNMENT_FIELDS = ['kboNumber', 'name', 'province', 'inhabitants', 'nonEuOriginInhabitants', 'contacts'] as const;

/** The register entry after the change, whole, plus which fields changed. */
export class GovernmentUpdatedV1 extends GovernmentV2 {
  @ArrayMinSize(1) @IsString({ each: true }) @IsIn(GOVERNMENT_FIELDS, { each: true }) changedFields: string[];
}

export const governmentUpdatedV1 = defineEvent({
  type: 'applications.government-updated',
  version: 1,
  topic: TOPICS.applications,
  producer: 'applications',
  description: 'A register entry changed (by ABB or a CSV import): the whole entry as it is now, and the fields that changed.',
  payloadClass: GovernmentUpdatedV1,
  example: { ...governmentExample, nonEuOriginInhabitants: 61000, changedFields: ['nonEuOriginInhabitants'] },
});

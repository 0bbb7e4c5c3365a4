import { IsInt, IsISO8601, IsUUID, Matches, Max, Min } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN } from './common.js';

/** A government's co-financing declaration falls short of its obligation: ABB follows it up. */
export class CofinancingShortfallFlaggedV1 {
  @IsUUID() declarationId: string;
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  @IsInt() @Min(0) obligationCents: number;
  @IsInt() @Min(0) declaredCents: number;
  @IsInt() @Min(1) shortfallCents: number;
  @IsISO8601() flaggedAt: string;
}

export const cofinancingShortfallFlaggedV1 = defineEvent({
  type: 'budgeting.cofinancing-shortfall-flagged',
  version: 1,
  topic: TOPICS.budgeting,
  producer: 'budgeting',
  description:
    "A government's co-financing declaration (or a higher obligation after an amendment) is below the subsidy for actions it " +
    'was committed: the shortfall is flagged for ABB. Announced once per declaration and obligation.',
  payloadClass: CofinancingShortfallFlaggedV1,
  example: {
    declarationId: '5b1d0c7e-2f4a-4b8e-9a6d-3c2b1a0f9e8d',
    governmentCode: '44021',
    projectYear: 1,
    obligationCents: 9000000,
    declaredCents: 6000000,
    shortfallCents: 3000000,
    flaggedAt: '2022-10-01T09:00:00.000Z',
  },
});

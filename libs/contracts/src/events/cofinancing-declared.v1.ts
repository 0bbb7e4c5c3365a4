import { IsInt, IsISO8601, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN } from './common.js';

/** A government declared its co-financing of a project year; a later declaration replaces the earlier one. */
export class CofinancingDeclaredV1 {
  @IsUUID() declarationId: string;
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  @IsInt() @Min(1) @Max(3) projectYear: number;
  /** What the government invests itself, in euro cents. */
  @IsInt() @Min(0) declaredCents: number;
  @IsString() @MinLength(1) @MaxLength(300) source: string;
  /** The subsidy for actions committed to the government that year (stimuli need no co-financing). */
  @IsInt() @Min(0) obligationCents: number;
  /** obligation - declared when positive, else 0. */
  @IsInt() @Min(0) shortfallCents: number;
  @IsISO8601() declaredAt: string;
}

export const cofinancingDeclaredV1 = defineEvent({
  type: 'budgeting.cofinancing-declared',
  version: 1,
  topic: TOPICS.budgeting,
  producer: 'budgeting',
  description:
    'A government declared its co-financing of a project year (amount and source), with the obligation it is measured against ' +
    '(the subsidy for actions) and the shortfall, 0 when it covers the obligation.',
  payloadClass: CofinancingDeclaredV1,
  example: {
    declarationId: '5b1d0c7e-2f4a-4b8e-9a6d-3c2b1a0f9e8d',
    governmentCode: '44021',
    projectYear: 1,
    declaredCents: 6000000,
    source: 'Eigen middelen, budget Samenleven 2022',
    obligationCents: 9000000,
    shortfallCents: 3000000,
    declaredAt: '2022-10-01T09:00:00.000Z',
  },
});

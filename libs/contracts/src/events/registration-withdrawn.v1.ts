import { IsISO8601, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { defineEvent } from '../event-definition.js';
import { TOPICS } from '../topics.js';
import { GOVERNMENT_CODE_PATTERN } from './common.js';

/** A member withdrew its registration for a session that had not started; its place is free again. */
export class RegistrationWithdrawnV1 {
  @IsUUID() sessionId: string;
  @IsString() @MinLength(1) @MaxLength(100) networkId: string;
  @Matches(GOVERNMENT_CODE_PATTERN) governmentCode: string;
  /** Programme time of the registration it withdrew. */
  @IsISO8601() registeredAt: string;
  @IsISO8601() withdrawnAt: string;
}

export const registrationWithdrawnV1 = defineEvent({
  type: 'mentorships.registration-withdrawn',
  version: 1,
  topic: TOPICS.mentorships,
  producer: 'mentorships',
  description: 'A member withdrew its registration for a learning network session before the session started, freeing its place.',
  payloadClass: RegistrationWithdrawnV1,
  example: {
    sessionId: '5b1e2c34-7d8f-4a6b-9c0d-1e2f3a4b5c6d',
    networkId: 'network-12025-A22-PJ1',
    governmentCode: '44021',
    registeredAt: '2023-02-10T11:00:00.000Z',
    withdrawnAt: '2023-02-20T16:45:00.000Z',
  },
});

import type { ApplicationSubmittedV1 } from '#contracts';

export interface RecordSubmissionCommand {
  submission: ApplicationSubmittedV1;
}

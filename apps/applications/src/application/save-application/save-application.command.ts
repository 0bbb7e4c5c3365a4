import type { ApplicationContact, ApplicationLine, RequestedStimuli } from '../../domain/application.js';

/** The whole draft as the applicant has it now; any part may still be incomplete. */
export interface SaveApplicationCommand {
  applicationId: string;
  /** A government officer's codes (it edits only its own); undefined for ABB. */
  actorCodes?: string[];
  lines: ApplicationLine[];
  stimuli: RequestedStimuli;
  contacts: ApplicationContact[];
  iban: string | null;
}

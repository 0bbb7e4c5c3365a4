import type { AmendedLine } from '../../domain/amendment.js';

export interface RequestAmendmentCommand {
  applicationId: string;
  lines: AmendedLine[];
  reason: string;
  requestedBy: string;
  /** The caller's governments: only its own (or its group's) application may be amended. */
  governmentCodes: string[];
}

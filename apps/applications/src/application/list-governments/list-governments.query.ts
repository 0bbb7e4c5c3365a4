import type { GovernmentKind } from '../../domain/local-government.js';

/** Whose contact persons the reader may see: ABB every government's, an officer only its own government's. */
export type ContactsVisibleTo = 'all' | string[];

export interface ListGovernmentsQuery {
  province?: string;
  kind?: GovernmentKind;
  /** Part of the name or the code. */
  q?: string;
  contactsVisibleTo?: ContactsVisibleTo;
}

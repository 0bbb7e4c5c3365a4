import type { Contact, LocalGovernment } from '../../domain/local-government.js';
import type { ContactsVisibleTo } from './list-governments.query.js';

/** A register entry as a reader sees it: the contact persons (personal data) only where the reader may see them. */
export type GovernmentView = Omit<LocalGovernment, 'contacts'> & { contacts?: Contact[] };

export const viewOf = (government: LocalGovernment, contactsVisibleTo: ContactsVisibleTo = 'all'): GovernmentView => {
  if (contactsVisibleTo === 'all' || contactsVisibleTo.includes(government.code)) return government;
  const { contacts: _hidden, ...withoutContacts } = government;
  return withoutContacts;
};

import type { ContactsVisibleTo } from '../list-governments/list-governments.query.js';

export interface GetGovernmentQuery {
  code: string;
  contactsVisibleTo?: ContactsVisibleTo;
}

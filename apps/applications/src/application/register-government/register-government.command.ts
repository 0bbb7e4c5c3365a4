import type { Contact } from '../../domain/local-government.js';

export interface RegisterGovernmentCommand {
  code: string;
  kboNumber: string;
  name: string;
  province: string;
  contacts: (Omit<Contact, 'phone'> & { phone?: string | null })[];
}

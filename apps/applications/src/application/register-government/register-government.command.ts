import type { Contact } from '../../domain/local-government.js';

export interface RegisterGovernmentCommand {
  code: string;
  kboNumber?: string | null;
  name: string;
  province: string;
  arrondissement?: string | null;
  inhabitants?: number | null;
  nonEuOriginInhabitants?: number | null;
  contacts: (Omit<Contact, 'phone'> & { phone?: string | null })[];
}

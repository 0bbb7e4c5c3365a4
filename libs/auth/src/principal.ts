/** The three kinds of user of the platform; see libs/auth/README.md for how ACM/IDM roles map onto them. */
export const ROLES = ['abb', 'government', 'mentor'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** Who calls, as established from a verified token. */
export interface Principal {
  subject: string;
  role: Role;
  /** The organisation the user signed in for (`vo_orgcode`), when the token names one. */
  organisationCode: string | null;
  /** Local governments a `government` user may act for: its own and those of its group. Empty for other roles. */
  governmentCodes: string[];
  /** Learning networks a `mentor` may act for. Empty for other roles. */
  networkIds: string[];
  name?: string;
}

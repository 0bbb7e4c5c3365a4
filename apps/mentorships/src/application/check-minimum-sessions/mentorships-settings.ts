/** How mentorships is configured beyond the platform (README: MINIMUM_SESSIONS, SESSIONS_CHECK_POLL_MS). */
export class MentorshipsSettings {
  constructor(
    /** Sessions a network holds per project year at least (MINIMUM_SESSIONS, default 3). */
    readonly minimumSessions: number = 3,
    /** How often the check moment is looked at (SESSIONS_CHECK_POLL_MS, default 5000). */
    readonly sessionsCheckIntervalMs: number = 5000,
  ) {}
}

const positiveInteger = (name: string, value: string): number => {
  const number = Number(value);
  if (!/^[0-9]+$/.test(value.trim()) || !Number.isInteger(number) || number < 1)
    throw new Error(`${name} must be a whole number > 0, got "${value}"`);
  return number;
};

/** `MENTORSHIPS_X` wins over `X`, as for the platform's variables. */
export const loadMentorshipsSettings = (env: Record<string, string | undefined>): MentorshipsSettings => {
  const read = (name: string, fallback: string): string => env[`MENTORSHIPS_${name}`] ?? env[name] ?? fallback;
  return new MentorshipsSettings(
    positiveInteger('MINIMUM_SESSIONS', read('MINIMUM_SESSIONS', '3')),
    positiveInteger('SESSIONS_CHECK_POLL_MS', read('SESSIONS_CHECK_POLL_MS', '5000')),
  );
};

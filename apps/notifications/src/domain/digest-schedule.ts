/** ABB's daily digest: one per Brussels calendar day, at a time of day on the programme clock. */
export const DIGEST_TIME_ZONE = 'Europe/Brussels';

const TIME_OF_DAY = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

export const isTimeOfDay = (value: string): boolean => TIME_OF_DAY.test(value);

const localParts = (instant: Date): { date: string; time: string } => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: DIGEST_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
};

const previousDay = (date: string): string => {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
};

/**
 * The day of the latest digest moment at or before `now` (Brussels date, `at` in Brussels time). When the clock
 * jumps several days at once this is the last day only: one digest covering everything since the one before.
 */
export const latestDigestDay = (now: Date, at: string): string => {
  if (!isTimeOfDay(at)) throw new Error(`the digest time must be HH:MM, got "${at}"`);
  const local = localParts(now);
  return local.time >= at ? local.date : previousDay(local.date);
};

/**
 * The moments of an expected return on the programme clock: reminders 14 and 3 days before its due date, for a
 * government that has not reported by then, and the moment it becomes overdue (the due date has passed).
 */
export const DEADLINE_MOMENTS = ['reminder-14', 'reminder-3', 'overdue'] as const;
export type DeadlineMoment = (typeof DEADLINE_MOMENTS)[number];

/** What became of a moment once the clock passed it. */
export const MOMENT_OUTCOMES = ['sent', 'superseded', 'reported'] as const;
export type MomentOutcome = (typeof MOMENT_OUTCOMES)[number];

export interface ScheduledMoment {
  moment: DeadlineMoment;
  at: Date;
}

export interface MomentState extends ScheduledMoment {
  /** Settled: the clock passed it and it was sent, superseded or found reported; it never fires again. */
  settled: boolean;
}

export interface MomentDecision {
  moment: DeadlineMoment;
  outcome: MomentOutcome;
}

const DAY_MS = 86_400_000;

/** The days before the due date each reminder comes. */
export const reminderDaysBefore = (moment: DeadlineMoment): 14 | 3 | undefined =>
  moment === 'reminder-14' ? 14 : moment === 'reminder-3' ? 3 : undefined;

/**
 * The moments of a return due on `due` (a date): each reminder at the start (00:00 UTC) of its day, overdue at the start
 * of the day after the due date, since a report is on time all through its due date.
 */
export const deadlineMomentsOf = (due: string): ScheduledMoment[] => {
  const dueStart = Date.parse(`${due}T00:00:00.000Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(due) || Number.isNaN(dueStart)) throw new Error(`due: ${due} is not a date`);
  return [
    { moment: 'reminder-14', at: new Date(dueStart - 14 * DAY_MS) },
    { moment: 'reminder-3', at: new Date(dueStart - 3 * DAY_MS) },
    { moment: 'overdue', at: new Date(dueStart + DAY_MS) },
  ];
};

/**
 * What to do with the moments of one return the clock has passed and that are not settled yet. Only the latest moment
 * passed still makes sense: after a jump no "due in 14 days" once the 3-day moment has passed, no reminder once the
 * due date has passed, just the overdue notice. That one is sent unless the government has reported (then nothing is
 * sent); every other passed moment is settled without a message. A moment passed before a later one that was
 * settled already (superseded then) is never sent late.
 */
export const settlePassedMoments = (moments: readonly MomentState[], now: Date, reported: boolean): MomentDecision[] => {
  const passed = moments.filter((moment) => moment.at.getTime() <= now.getTime());
  if (passed.length === 0) return [];
  const latest = passed.reduce((later, moment) => (moment.at.getTime() > later.at.getTime() ? moment : later));
  return passed
    .filter((moment) => !moment.settled)
    .map((moment) => ({
      moment: moment.moment,
      outcome: reported ? 'reported' : moment === latest ? 'sent' : 'superseded',
    }));
};

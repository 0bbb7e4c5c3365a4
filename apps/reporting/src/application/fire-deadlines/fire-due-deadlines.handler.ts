import { Injectable } from '@nestjs/common';
import { reportReminderDueV1, returnOverdueV1 } from '#contracts';
import { OutboxWriter } from '#messaging';
import { UnitOfWork } from '#persistence';
import { ProgrammeClock } from '#platform';
import { reminderDaysBefore, settlePassedMoments, type DeadlineMoment } from '../../domain/return-deadlines.js';
import { ReturnDeadlineRepository, type ReturnDue } from '../../infrastructure/return-deadline.repository.js';
import { OverdueReturnsListener } from './overdue-returns.listener.js';

/** A moment that was sent: a reminder or an overdue notice. */
export interface FiredDeadline {
  governmentCode: string;
  periodCode: string;
  moment: DeadlineMoment;
}

/** Returns settled per unit of work: a jump over months settles a few hundred returns in a few short transactions. */
export const DEADLINE_BATCH = 100;

/**
 * Settles every moment of every expected return the programme clock has passed: sends the reminder (report-reminder-due)
 * or overdue notice (return-overdue) that still makes sense (settlePassedMoments) to governments that have not
 * reported, and settles the rest silently. Each moment fires once: a moment is settled in the unit of work that sends
 * it, a return is claimed with its row locked (SKIP LOCKED: another instance takes other returns) and its moments read
 * again under that lock. Run by the deadline poller on every instance.
 */
@Injectable()
export class FireDueDeadlinesHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly deadlines: ReturnDeadlineRepository,
    private readonly clock: ProgrammeClock,
    private readonly outbox: OutboxWriter,
    private readonly overdueReturns: OverdueReturnsListener,
  ) {}

  async execute(): Promise<FiredDeadline[]> {
    await this.scheduleUnscheduled();
    const fired: FiredDeadline[] = [];
    for (;;) {
      const { claimed, sent } = await this.unitOfWork.run(async () => {
        const now = this.clock.now();
        const due = await this.deadlines.claimDue(now, DEADLINE_BATCH);
        const settled: FiredDeadline[] = [];
        for (const expected of due) settled.push(...(await this.settle(expected, now)));
        return { claimed: due.length, sent: settled };
      });
      fired.push(...sent);
      if (claimed < DEADLINE_BATCH) return fired;
    }
  }

  private async settle(expected: ReturnDue, now: Date): Promise<FiredDeadline[]> {
    const { governmentCode, periodCode, projectYear, due } = expected;
    const moments = await this.deadlines.momentsOf(governmentCode, periodCode);
    const reported = await this.deadlines.isReported(governmentCode, periodCode);
    const sent: FiredDeadline[] = [];
    for (const { moment, outcome } of settlePassedMoments(moments, now, reported)) {
      if (!(await this.deadlines.settle(governmentCode, periodCode, moment, outcome, now)) || outcome !== 'sent') continue;
      const daysBefore = reminderDaysBefore(moment);
      if (daysBefore === undefined) {
        await this.outbox.append(returnOverdueV1, {
          key: governmentCode,
          payload: { governmentCode, projectYear, periodCode, due, overdueAt: now.toISOString() },
        });
        await this.overdueReturns.returnBecameOverdue({ governmentCode, projectYear, periodCode, due, overdueAt: now });
      } else {
        const remindAt = moments.find((scheduled) => scheduled.moment === moment)!.at;
        await this.outbox.append(reportReminderDueV1, {
          key: governmentCode,
          payload: { governmentCode, projectYear, periodCode, due, daysBefore, remindAt: remindAt.toISOString() },
        });
      }
      sent.push({ governmentCode, periodCode, moment });
    }
    return sent;
  }

  /** Returns owed before the schedule existed get their moments on the first round (the rest when targets are recorded). */
  private async scheduleUnscheduled(): Promise<void> {
    for (;;) {
      const unscheduled = await this.deadlines.unscheduled(DEADLINE_BATCH);
      if (unscheduled.length === 0) return;
      await this.unitOfWork.run(() => this.deadlines.schedule(unscheduled));
      if (unscheduled.length < DEADLINE_BATCH) return;
    }
  }
}

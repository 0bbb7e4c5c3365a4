import { Injectable } from '@nestjs/common';
import { requireTransaction, UnitOfWork } from '#persistence';
import { deadlineMomentsOf, type DeadlineMoment, type MomentOutcome, type MomentState } from '../domain/return-deadlines.js';
import { ReturnDeadlineEntity } from './return-deadline.entity.js';

/** An expected return whose moments are being settled: what the events about it name. */
export interface ReturnDue {
  governmentCode: string;
  periodCode: string;
  projectYear: number;
  due: string;
}

@Injectable()
export class ReturnDeadlineRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** Schedules the moments of returns (from their due dates); moments already scheduled stay as they are. */
  async schedule(returns: readonly Pick<ReturnDue, 'governmentCode' | 'periodCode' | 'due'>[]): Promise<void> {
    if (returns.length === 0) return;
    await this.unitOfWork.manager
      .createQueryBuilder()
      .insert()
      .into(ReturnDeadlineEntity)
      .values(
        returns.flatMap(({ governmentCode, periodCode, due }) =>
          deadlineMomentsOf(due).map(({ moment, at }) => ({ governmentCode, periodCode, moment, at, settledAt: null, outcome: null })),
        ),
      )
      .orIgnore()
      .execute();
  }

  /** Expected returns without a schedule: those owed before the schedule existed (or created by another path). */
  async unscheduled(limit: number): Promise<ReturnDue[]> {
    return this.unitOfWork.manager.query<ReturnDue[]>(
      `SELECT er.government_code AS "governmentCode", er.period_code AS "periodCode", er.project_year AS "projectYear",
              to_char(er.due_on, 'YYYY-MM-DD') AS due
         FROM expected_return er
        WHERE NOT EXISTS (SELECT 1 FROM return_deadline d WHERE d.government_code = er.government_code AND d.period_code = er.period_code)
        ORDER BY er.government_code, er.period_code
        LIMIT $1`,
      [limit],
    );
  }

  /**
   * Claims, for the open unit of work, up to `limit` returns with a moment the clock has passed that is not settled
   * yet. The return's row is locked, skipping those another poller holds, so two instances never settle the same
   * return at once; a return claimed by an instance that then finds its moments settled (it waited on nothing but
   * read before the other committed) is settled by nobody twice: the caller reads the moments again under the lock.
   */
  async claimDue(now: Date, limit: number): Promise<ReturnDue[]> {
    const manager = requireTransaction('claiming due return deadlines');
    return manager.query<ReturnDue[]>(
      `SELECT er.government_code AS "governmentCode", er.period_code AS "periodCode", er.project_year AS "projectYear",
              to_char(er.due_on, 'YYYY-MM-DD') AS due
         FROM expected_return er
        WHERE EXISTS (SELECT 1 FROM return_deadline d
                       WHERE d.government_code = er.government_code AND d.period_code = er.period_code
                         AND d.settled_at IS NULL AND d.at <= $1)
        ORDER BY er.government_code, er.period_code
        LIMIT $2
        FOR NO KEY UPDATE OF er SKIP LOCKED`,
      [now, limit],
    );
  }

  /** Every moment of a return, settled or not, as committed now (read under the return's lock). */
  async momentsOf(governmentCode: string, periodCode: string): Promise<MomentState[]> {
    const rows = await this.unitOfWork.manager
      .getRepository(ReturnDeadlineEntity)
      .find({ where: { governmentCode, periodCode }, order: { at: 'ASC' } });
    return rows.map((row) => ({ moment: row.moment, at: row.at, settled: row.settledAt !== null }));
  }

  /** Whether the government has submitted any report for the period. */
  /** The periods whose return became overdue without a report: their overdue moment was settled as sent. */
  async overduePeriods(governmentCode: string): Promise<Set<string>> {
    const rows = await this.unitOfWork.manager.query<{ period_code: string }[]>(
      `SELECT period_code FROM return_deadline WHERE government_code = $1 AND moment = 'overdue' AND outcome = 'sent'`,
      [governmentCode],
    );
    return new Set(rows.map((row) => row.period_code));
  }

  async isReported(governmentCode: string, periodCode: string): Promise<boolean> {
    const rows = await this.unitOfWork.manager.query<unknown[]>(
      'SELECT 1 FROM report WHERE government_code = $1 AND period_code = $2 LIMIT 1',
      [governmentCode, periodCode],
    );
    return rows.length > 0;
  }

  /** Settles a moment once: false when it was settled already (then nothing may be sent for it). */
  async settle(
    governmentCode: string,
    periodCode: string,
    moment: DeadlineMoment,
    outcome: MomentOutcome,
    settledAt: Date,
  ): Promise<boolean> {
    const result = await requireTransaction('settling a return deadline')
      .createQueryBuilder()
      .update(ReturnDeadlineEntity)
      .set({ settledAt, outcome })
      .where('government_code = :governmentCode AND period_code = :periodCode AND moment = :moment AND settled_at IS NULL', {
        governmentCode,
        periodCode,
        moment,
      })
      .execute();
    return result.affected === 1;
  }
}

import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import type { Instalment } from '../domain/payment-schedule.js';
import { AcceptedAnnualReportEntity } from './accepted-annual-report.entity.js';
import { PaymentScheduleEntity } from './payment-schedule.entity.js';
import { PaymentEntity, type PaymentStatus } from './payment.entity.js';

export type StoredPayment = PaymentEntity;
export type AcceptedAnnualReport = AcceptedAnnualReportEntity;

/** Payment schedules, instalments and the accepted annual reports their balances wait for. */
@Injectable()
export class PaymentRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** The schedule ABB set for the year, or undefined while the default applies. */
  async schedule(projectYear: number): Promise<PaymentScheduleEntity | undefined> {
    return (await this.unitOfWork.manager.getRepository(PaymentScheduleEntity).findOneBy({ projectYear })) ?? undefined;
  }

  async saveSchedule(schedule: { projectYear: number; instalments: Instalment[]; changedBy: string; changedAt: Date }): Promise<void> {
    await this.unitOfWork.manager.getRepository(PaymentScheduleEntity).upsert(schedule, ['projectYear']);
  }

  ofApplication(applicationId: string): Promise<StoredPayment[]> {
    return this.unitOfWork.manager.getRepository(PaymentEntity).find({ where: { applicationId }, order: { instalment: 'ASC' } });
  }

  find(id: string): Promise<StoredPayment | null> {
    return this.unitOfWork.manager.getRepository(PaymentEntity).findOneBy({ id });
  }

  async insert(payments: StoredPayment[]): Promise<void> {
    if (payments.length > 0) await this.unitOfWork.manager.getRepository(PaymentEntity).insert(payments);
  }

  /** A new amount of an instalment not yet released (after an amendment). */
  async reschedule(id: string, amountCents: number): Promise<void> {
    await this.unitOfWork.manager.query(`UPDATE payment SET amount_cents = $2 WHERE id = $1 AND status <> 'released'`, [id, amountCents]);
  }

  /** Scheduled instalments of a government's year with this condition become due; returns those that did. */
  async makeDue(governmentCode: string, projectYear: number, condition: Instalment['condition'], dueAt: Date): Promise<StoredPayment[]> {
    const [rows] = await this.unitOfWork.manager.query<[{ id: string }[], number]>(
      `UPDATE payment SET status = 'due', due_at = $4
       WHERE government_code = $1 AND project_year = $2 AND condition = $3 AND status = 'scheduled' RETURNING id`,
      [governmentCode, projectYear, condition, dueAt],
    );
    return this.byIds(rows.map((row) => row.id));
  }

  /**
   * Marks a due instalment released, once: the update only matches a row still due, so a second release of the same
   * instalment (another ABB user at the same moment, after the lock) finds nothing.
   */
  async markReleased(
    id: string,
    release: { releasedAt: Date; releasedBy: string; iban: string; ledgerTransactionId: string },
  ): Promise<boolean> {
    const [, changed] = await this.unitOfWork.manager.query<[unknown[], number]>(
      `UPDATE payment SET status = 'released', released_at = $2, released_by = $3, iban = $4, ledger_transaction_id = $5
       WHERE id = $1 AND status = 'due'`,
      [id, release.releasedAt, release.releasedBy, release.iban, release.ledgerTransactionId],
    );
    return changed === 1;
  }

  /** What a government has been paid in a project year. */
  async paidCents(governmentCode: string, projectYear: number): Promise<number> {
    const [row] = await this.unitOfWork.manager.query<{ paid: string }[]>(
      `SELECT COALESCE(SUM(amount_cents), 0) AS paid FROM payment WHERE government_code = $1 AND project_year = $2 AND status = 'released'`,
      [governmentCode, projectYear],
    );
    return Number(row?.paid ?? 0);
  }

  async paidOfApplication(applicationId: string): Promise<number> {
    const [row] = await this.unitOfWork.manager.query<{ paid: string }[]>(
      `SELECT COALESCE(SUM(amount_cents), 0) AS paid FROM payment WHERE application_id = $1 AND status = 'released'`,
      [applicationId],
    );
    return Number(row?.paid ?? 0);
  }

  /** Instalments of a year, by government and application, optionally of one government or status. */
  list(filter: { projectYear: number; governmentCode?: string; status?: PaymentStatus; ids?: string[] }): Promise<StoredPayment[]> {
    const query = this.unitOfWork.manager
      .getRepository(PaymentEntity)
      .createQueryBuilder('payment')
      .where('payment.projectYear = :projectYear', { projectYear: filter.projectYear })
      .orderBy('payment.governmentCode', 'ASC')
      .addOrderBy('payment.applicationId', 'ASC')
      .addOrderBy('payment.instalment', 'ASC');
    if (filter.governmentCode !== undefined)
      query.andWhere('payment.governmentCode = :governmentCode', { governmentCode: filter.governmentCode });
    if (filter.status !== undefined) query.andWhere('payment.status = :status', { status: filter.status });
    return query.getMany();
  }

  private byIds(ids: string[]): Promise<StoredPayment[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.unitOfWork.manager
      .getRepository(PaymentEntity)
      .createQueryBuilder('payment')
      .where('payment.id IN (:...ids)', { ids })
      .orderBy('payment.applicationId', 'ASC')
      .addOrderBy('payment.instalment', 'ASC')
      .getMany();
  }

  /** Records the acceptance once; false when it was recorded already. */
  async recordAcceptedAnnualReport(accepted: AcceptedAnnualReport): Promise<boolean> {
    const rows = await this.unitOfWork.manager.query<unknown[]>(
      `INSERT INTO accepted_annual_report (government_code, project_year, report_id, report_version, accepted_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING government_code`,
      [accepted.governmentCode, accepted.projectYear, accepted.reportId, accepted.reportVersion, accepted.acceptedAt],
    );
    return rows.length === 1;
  }

  async annualReportAccepted(governmentCode: string, projectYear: number): Promise<boolean> {
    return (await this.unitOfWork.manager.getRepository(AcceptedAnnualReportEntity).countBy({ governmentCode, projectYear })) > 0;
  }
}

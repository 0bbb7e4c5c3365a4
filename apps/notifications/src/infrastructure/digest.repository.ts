import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { lockNamespace, lockUntilCommit, UnitOfWork } from '#persistence';
import { AbbDigestEntity } from './abb-digest.entity.js';
import { DigestFactEntity } from './digest-fact.entity.js';
import { ReportReviewStateEntity } from './report-review-state.entity.js';

/** Composing the digest one instance at a time: the second finds the day's digest composed and does nothing. */
const ABB_DIGEST_LOCK = lockNamespace('abb digest', 512);

/** The facts ABB's daily digest is made of, and the digests composed. */
@Injectable()
export class DigestRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  lock(): Promise<void> {
    return lockUntilCommit(ABB_DIGEST_LOCK, 'abb digest');
  }

  /** Once per cause event: a duplicate delivery records nothing more. */
  async recordFact(fact: DigestFactEntity): Promise<void> {
    await this.unitOfWork.manager.getRepository(DigestFactEntity).createQueryBuilder().insert().values(fact).orIgnore().execute();
  }

  /** Facts no digest has named yet, oldest first. */
  pendingFacts(): Promise<DigestFactEntity[]> {
    return this.unitOfWork.manager
      .getRepository(DigestFactEntity)
      .find({ where: { digestDay: IsNull() }, order: { recordedAt: 'ASC', governmentCode: 'ASC' } });
  }

  async markNamed(causeEventIds: string[], day: string): Promise<void> {
    if (causeEventIds.length > 0)
      await this.unitOfWork.manager.query('UPDATE digest_fact SET digest_day = $2 WHERE cause_event_id = ANY($1)', [causeEventIds, day]);
  }

  /** A newer version submitted: it waits for review (an older one arriving late changes nothing). */
  async submitted(state: Omit<ReportReviewStateEntity, 'reviewedVersion'>): Promise<void> {
    await this.unitOfWork.manager.query(
      `INSERT INTO report_review_state
         (report_id, government_code, project_year, period_code, submitted_version, submitted_at, late, reviewed_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 0)
       ON CONFLICT (report_id) DO UPDATE SET submitted_version = excluded.submitted_version, submitted_at = excluded.submitted_at,
         late = excluded.late
       WHERE report_review_state.submitted_version < excluded.submitted_version`,
      [state.reportId, state.governmentCode, state.projectYear, state.periodCode, state.submittedVersion, state.submittedAt, state.late],
    );
  }

  /** A version reviewed: every version up to it has been seen by ABB. */
  async reviewed(state: Pick<ReportReviewStateEntity, 'reportId' | 'governmentCode' | 'projectYear' | 'periodCode' | 'reviewedVersion'>) {
    await this.unitOfWork.manager.query(
      `INSERT INTO report_review_state
         (report_id, government_code, project_year, period_code, submitted_version, submitted_at, late, reviewed_version)
       VALUES ($1, $2, $3, $4, 0, NULL, false, $5)
       ON CONFLICT (report_id) DO UPDATE SET reviewed_version = GREATEST(report_review_state.reviewed_version, excluded.reviewed_version)`,
      [state.reportId, state.governmentCode, state.projectYear, state.periodCode, state.reviewedVersion],
    );
  }

  awaitingReview(): Promise<ReportReviewStateEntity[]> {
    return this.unitOfWork.manager
      .getRepository(ReportReviewStateEntity)
      .createQueryBuilder('state')
      .where('state.submitted_version > state.reviewed_version')
      .orderBy('state.submitted_at', 'ASC')
      .addOrderBy('state.government_code', 'ASC')
      .getMany();
  }

  /** The latest day a digest was composed for, if any. */
  async latestDay(): Promise<string | null> {
    const [row] = await this.unitOfWork.manager.query<{ day: string | null }[]>(
      "SELECT to_char(max(day), 'YYYY-MM-DD') AS day FROM abb_digest",
    );
    return row?.day ?? null;
  }

  async composed(digest: AbbDigestEntity): Promise<void> {
    await this.unitOfWork.manager.getRepository(AbbDigestEntity).insert(digest);
  }
}

import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { lockNamespace, lockUntilCommit, UnitOfWork } from '#persistence';
import { CommittedTargetEntity } from './committed-target.entity.js';
import { IndicatorStatusEntity } from './indicator-status.entity.js';

/** One government's targets and statuses in a year change one at a time (a replay may race the consumer). */
const STANDING_LOCK = lockNamespace('standing of a government in a year', 410);

export interface CommittedTargetRow {
  indicatorCode: string;
  actionNumber: number;
  target: number;
}

/** What mentorships knows of governments' targets and statuses, from applications' and reporting's events. */
@Injectable()
export class MemberStandingRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  lock(governmentCode: string, projectYear: number): Promise<void> {
    return lockUntilCommit(STANDING_LOCK, `${governmentCode}:${projectYear}`);
  }

  /** The revision of an application's targets kept now; null when none is. */
  async keptRevision(applicationId: string): Promise<number | null> {
    const rows = await this.unitOfWork.manager.query<{ revision: number | null }[]>(
      'SELECT max(revision) AS revision FROM committed_target WHERE application_id = $1',
      [applicationId],
    );
    return rows[0]?.revision ?? null;
  }

  /** A later revision replaces every target of the earlier one. */
  async replaceTargets(
    governmentCode: string,
    projectYear: number,
    applicationId: string,
    revision: number,
    targets: readonly CommittedTargetRow[],
  ): Promise<void> {
    const repository = this.unitOfWork.manager.getRepository(CommittedTargetEntity);
    await repository.delete({ applicationId });
    if (targets.length > 0)
      await repository.upsert(
        targets.map((target) => ({ ...target, governmentCode, projectYear, applicationId, revision })),
        ['governmentCode', 'projectYear', 'indicatorCode'],
      );
  }

  /** The governments with a target on an action in a year. */
  async governmentsWithTargets(actionNumber: number, projectYear: number): Promise<string[]> {
    const rows = await this.unitOfWork.manager.query<{ government_code: string }[]>(
      'SELECT DISTINCT government_code FROM committed_target WHERE action_number = $1 AND project_year = $2 ORDER BY government_code',
      [actionNumber, projectYear],
    );
    return rows.map((row) => row.government_code);
  }

  targetsOn(governmentCodes: readonly string[], actionNumber: number, projectYear: number): Promise<CommittedTargetEntity[]> {
    if (governmentCodes.length === 0) return Promise.resolve([]);
    return this.unitOfWork.manager.getRepository(CommittedTargetEntity).find({
      where: { governmentCode: In([...governmentCodes]), actionNumber, projectYear },
      order: { governmentCode: 'ASC', indicatorCode: 'ASC' },
    });
  }

  statusesOn(governmentCodes: readonly string[], actionNumber: number, projectYear: number): Promise<IndicatorStatusEntity[]> {
    if (governmentCodes.length === 0) return Promise.resolve([]);
    return this.unitOfWork.manager.getRepository(IndicatorStatusEntity).find({
      where: { governmentCode: In([...governmentCodes]), actionNumber, projectYear },
      order: { governmentCode: 'ASC', indicatorCode: 'ASC' },
    });
  }

  findStatus(governmentCode: string, indicatorCode: string, projectYear: number): Promise<IndicatorStatusEntity | null> {
    return this.unitOfWork.manager.getRepository(IndicatorStatusEntity).findOneBy({ governmentCode, indicatorCode, projectYear });
  }

  async saveStatus(status: IndicatorStatusEntity): Promise<void> {
    await this.unitOfWork.manager.getRepository(IndicatorStatusEntity).save(status);
  }
}

import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { lockNamespace, lockUntilCommit, UnitOfWork } from '#persistence';
import type { Application, ApplicationStatus } from '../domain/application.js';
import { ApplicationEntity } from './application.entity.js';

/** One writer per application at a time (draft saves, submission, review, decision). */
const APPLICATION_LOCK = lockNamespace('application', 105);
/** Drafts of one applicant for one call, one at a time: the second request sees the first and gets a clear 409. */
const APPLICANT_LOCK = lockNamespace('applicant of a call', 107);

/** Statuses of an application that was submitted (whatever came of it since). */
export const SUBMITTED_STATUSES: ApplicationStatus[] = ['submitted', 'decision-pending', 'decided', 'refused-by-budget'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class ApplicationRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async lock(applicationId: string): Promise<void> {
    await lockUntilCommit(APPLICATION_LOCK, applicationId);
  }

  async lockApplicant(callId: string, governmentCode: string): Promise<void> {
    await lockUntilCommit(APPLICANT_LOCK, `${callId}/${governmentCode}`);
  }

  async insert(application: Application): Promise<void> {
    await this.unitOfWork.manager.getRepository(ApplicationEntity).insert({ ...application });
  }

  async save(application: Application): Promise<void> {
    await this.unitOfWork.manager.getRepository(ApplicationEntity).save({ ...application });
  }

  /** Undefined also for an id that is not a UUID (a path typed by hand): there is no such row, and PostgreSQL would refuse the cast. */
  async find(id: string): Promise<Application | undefined> {
    if (!UUID.test(id)) return undefined;
    return (await this.unitOfWork.manager.getRepository(ApplicationEntity).findOneBy({ id })) ?? undefined;
  }

  async findByApplicant(callId: string, governmentCode: string): Promise<Application | undefined> {
    return (await this.unitOfWork.manager.getRepository(ApplicationEntity).findOneBy({ callId, governmentCode })) ?? undefined;
  }

  /** A call's applications, in a stable order; all statuses unless some are named. */
  listByCall(callId: string, statuses?: ApplicationStatus[]): Promise<Application[]> {
    return this.unitOfWork.manager.getRepository(ApplicationEntity).find({
      where: statuses ? { callId, status: In(statuses) } : { callId },
      order: { governmentCode: 'ASC' },
    });
  }

  /** Every application, or a call's, in a stable order. */
  list(callId?: string): Promise<Application[]> {
    return this.unitOfWork.manager.getRepository(ApplicationEntity).find({
      where: callId === undefined ? {} : { callId },
      order: { callId: 'ASC', governmentCode: 'ASC' },
    });
  }

  /** The applications that concern any of these governments: as applicant, as the group applied for, or as a member. */
  listConcerning(codes: string[], callId?: string): Promise<Application[]> {
    if (codes.length === 0) return Promise.resolve([]);
    const query = this.unitOfWork.manager
      .getRepository(ApplicationEntity)
      .createQueryBuilder('a')
      .where(
        '(a.government_code IN (:...codes) OR a.group_code IN (:...codes) OR jsonb_exists_any(a.member_codes, ARRAY[:...codes]::text[]))',
        { codes },
      );
    if (callId !== undefined) query.andWhere('a.call_id = :callId', { callId });
    return query.orderBy('a.call_id', 'ASC').addOrderBy('a.government_code', 'ASC').getMany();
  }

  /** Other submitted applications to the call that cover one of these governments. */
  listSubmittedCovering(callId: string, memberCodes: string[], exceptId: string): Promise<Application[]> {
    return this.unitOfWork.manager
      .getRepository(ApplicationEntity)
      .createQueryBuilder('a')
      .where('a.call_id = :callId AND a.id <> :exceptId AND a.status IN (:...statuses)', { callId, exceptId, statuses: SUBMITTED_STATUSES })
      .andWhere('jsonb_exists_any(a.member_codes, ARRAY[:...memberCodes]::text[])', { memberCodes })
      .orderBy('a.government_code', 'ASC')
      .getMany();
  }

  /** Year-3 calls: whether the applicant submitted an application to a call of an earlier project year. */
  submittedBefore(governmentCode: string, projectYear: number): Promise<boolean> {
    return this.unitOfWork.manager
      .getRepository(ApplicationEntity)
      .createQueryBuilder('a')
      .where('a.government_code = :governmentCode AND a.project_year < :projectYear AND a.status IN (:...statuses)', {
        governmentCode,
        projectYear,
        statuses: SUBMITTED_STATUSES,
      })
      .getExists();
  }
}

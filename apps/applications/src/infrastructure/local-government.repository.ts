import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { lockNamespace, lockUntilCommit, UnitOfWork } from '#persistence';
import type { LocalGovernment } from '../domain/local-government.js';
import { LocalGovernmentEntity } from './local-government.entity.js';

/** Registrations of one code, and of one KBO number, one at a time: a second one sees the first and gets a clear 409. */
const REGISTRATION_LOCK = lockNamespace('government registration', 101);
const KBO_NUMBER_LOCK = lockNamespace('KBO number registration', 103);

/** The register of local governments. */
@Injectable()
export class LocalGovernmentRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** Always the code first, then the KBO number, so two registrations never wait for each other in a circle. */
  async lockRegistration(code: string, kboNumber: string): Promise<void> {
    await lockUntilCommit(REGISTRATION_LOCK, code);
    await lockUntilCommit(KBO_NUMBER_LOCK, kboNumber);
  }

  exists(code: string): Promise<boolean> {
    return this.unitOfWork.manager.getRepository(LocalGovernmentEntity).existsBy({ code });
  }

  async find(code: string): Promise<LocalGovernment | undefined> {
    return (await this.list([code]))[0];
  }

  kboNumberTaken(kboNumber: string): Promise<boolean> {
    return this.unitOfWork.manager.getRepository(LocalGovernmentEntity).existsBy({ kboNumber });
  }

  async insert(government: LocalGovernment): Promise<void> {
    // A copy: TypeORM writes generated columns (registered_at) back into what it inserts,
    // and the caller's government must stay a LocalGovernment.
    await this.unitOfWork.manager.getRepository(LocalGovernmentEntity).insert({ ...government });
  }

  /** In code order; every government when no codes are given. */
  async list(codes?: string[]): Promise<LocalGovernment[]> {
    const rows = await this.unitOfWork.manager
      .getRepository(LocalGovernmentEntity)
      .find({ where: codes ? { code: In(codes) } : {}, order: { code: 'ASC' } });
    return rows.map(({ code, kind, kboNumber, name, province, arrondissement, inhabitants, nonEuOriginInhabitants, contacts }) => ({
      code,
      kind,
      kboNumber,
      name,
      province,
      arrondissement,
      inhabitants,
      nonEuOriginInhabitants,
      contacts,
    }));
  }
}

import { Injectable } from '@nestjs/common';
import { Brackets, In } from 'typeorm';
import { lockNamespace, lockUntilCommit, UnitOfWork } from '#persistence';
import type { GovernmentKind, LocalGovernment } from '../domain/local-government.js';
import { LocalGovernmentEntity } from './local-government.entity.js';

/**
 * Writes to the register one at a time (a registration, a change, an import, the load at start): ABB changes it
 * rarely, and an import touches hundreds of entries and KBO numbers at once, so one lock for all of them is
 * simpler than a lock per code and KBO number, and can never deadlock. A second write sees the first and gets a clear 409.
 */
const REGISTER_LOCK = lockNamespace('register writes', 101);

export interface GovernmentFilter {
  province?: string;
  kind?: GovernmentKind;
  /** Part of the name or the code, in any case. */
  q?: string;
}

const toGovernment = ({
  code,
  kind,
  kboNumber,
  name,
  province,
  arrondissement,
  inhabitants,
  nonEuOriginInhabitants,
  contacts,
}: LocalGovernmentEntity): LocalGovernment => ({
  code,
  kind,
  kboNumber,
  name,
  province,
  arrondissement,
  inhabitants,
  nonEuOriginInhabitants,
  contacts,
});

/** The register of local governments. */
@Injectable()
export class LocalGovernmentRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  private get table() {
    return this.unitOfWork.manager.getRepository(LocalGovernmentEntity);
  }

  async lockRegister(): Promise<void> {
    await lockUntilCommit(REGISTER_LOCK, 'register');
  }

  exists(code: string): Promise<boolean> {
    return this.table.existsBy({ code });
  }

  async find(code: string): Promise<LocalGovernment | undefined> {
    const row = await this.table.findOneBy({ code });
    return row ? toGovernment(row) : undefined;
  }

  /** The code of the government holding this KBO number, if any. */
  async kboNumberHolder(kboNumber: string): Promise<string | undefined> {
    return (await this.table.findOne({ where: { kboNumber }, select: { code: true } }))?.code;
  }

  kboNumberTaken(kboNumber: string): Promise<boolean> {
    return this.table.existsBy({ kboNumber });
  }

  async insert(government: LocalGovernment): Promise<void> {
    await this.insertMany([government]);
  }

  /** In one statement (the load at start inserts the whole register at once). */
  async insertMany(governments: LocalGovernment[]): Promise<void> {
    if (governments.length === 0) return;
    // Copies: TypeORM writes generated columns (registered_at) back into what it inserts, and the callers' stay LocalGovernments.
    await this.table.insert(governments.map((government) => ({ ...government })));
  }

  async update(government: LocalGovernment): Promise<void> {
    const { code, ...fields } = government;
    await this.table.update({ code }, { ...fields });
  }

  async clearKboNumbers(codes: string[]): Promise<void> {
    if (codes.length > 0) await this.table.update({ code: In(codes) }, { kboNumber: null });
  }

  /** In code order; every government when no codes are given. */
  async list(codes?: string[]): Promise<LocalGovernment[]> {
    const rows = await this.table.find({ where: codes ? { code: In(codes) } : {}, order: { code: 'ASC' } });
    return rows.map(toGovernment);
  }

  /** In code order, narrowed by province, kind and a search text. */
  async search(filter: GovernmentFilter): Promise<LocalGovernment[]> {
    const query = this.table.createQueryBuilder('government').orderBy('government.code', 'ASC');
    if (filter.province !== undefined) query.andWhere('government.province = :province', { province: filter.province });
    if (filter.kind !== undefined) query.andWhere('government.kind = :kind', { kind: filter.kind });
    if (filter.q !== undefined && filter.q !== '') {
      // LIKE's own wildcards in the search text are searched for as themselves.
      const pattern = `%${filter.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
      query.andWhere(
        new Brackets((either) =>
          either.where('government.name ILIKE :pattern', { pattern }).orWhere('government.code ILIKE :pattern', { pattern }),
        ),
      );
    }
    return (await query.getMany()).map(toGovernment);
  }
}

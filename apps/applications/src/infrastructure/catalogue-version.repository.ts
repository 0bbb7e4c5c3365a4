import { Injectable } from '@nestjs/common';
import { currentTransaction, lockNamespace, lockUntilCommit, UnitOfWork } from '#persistence';
import type { CatalogueVersion } from '../domain/catalogue-version.js';
import { CatalogueVersionEntity } from './catalogue-version.entity.js';

/**
 * One lock for the whole catalogue: publishing takes it exclusively; reading the version in force inside a unit
 * of work (opening a call) takes it shared. So a call never opens under a version that a publication running at
 * the same moment is replacing, and a publication always sees the calls opened before it.
 */
const CATALOGUE_LOCK = lockNamespace('catalogue versions', 130);
const CATALOGUE_KEY = 'catalogue';

const toVersion = (row: CatalogueVersionEntity): CatalogueVersion => ({
  catalogueVersion: row.catalogueVersion,
  sequence: row.sequence,
  fromProjectYear: row.fromProjectYear,
  previousVersion: row.previousVersion,
  note: row.note,
  changes: row.changes,
  rates: row.rates,
  publishedAt: row.publishedAt,
  publishedBy: row.publishedBy,
});

@Injectable()
export class CatalogueVersionRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async lockForPublishing(): Promise<void> {
    await lockUntilCommit(CATALOGUE_LOCK, CATALOGUE_KEY);
  }

  /** Inside a unit of work only; a plain read needs no lock (versions never change once published). */
  async lockForReading(): Promise<void> {
    const manager = currentTransaction();
    if (manager === undefined || manager !== this.unitOfWork.manager) return;
    await manager.query('SELECT pg_advisory_xact_lock_shared($1::int, hashtext($2))', [CATALOGUE_LOCK.id, CATALOGUE_KEY]);
  }

  /** Every published version, in publication order (the base version is not stored). */
  async list(): Promise<CatalogueVersion[]> {
    const rows = await this.unitOfWork.manager.getRepository(CatalogueVersionEntity).find({ order: { sequence: 'ASC' } });
    return rows.map(toVersion);
  }

  async latest(): Promise<CatalogueVersion | undefined> {
    const [row] = await this.unitOfWork.manager.getRepository(CatalogueVersionEntity).find({ order: { sequence: 'DESC' }, take: 1 });
    return row === undefined ? undefined : toVersion(row);
  }

  /** The version in force for a project year: the newest published one that reaches it. */
  async inForce(projectYear: number): Promise<CatalogueVersion | undefined> {
    const row = await this.unitOfWork.manager
      .getRepository(CatalogueVersionEntity)
      .createQueryBuilder('version')
      .where('version.fromProjectYear <= :projectYear', { projectYear })
      .orderBy('version.sequence', 'DESC')
      .limit(1)
      .getOne();
    return row === null ? undefined : toVersion(row);
  }

  /** A published version by name; versions of the same content share a name, and any of them resolves it. */
  async findByName(catalogueVersion: string): Promise<CatalogueVersion | undefined> {
    const row = await this.unitOfWork.manager
      .getRepository(CatalogueVersionEntity)
      .findOne({ where: { catalogueVersion }, order: { sequence: 'ASC' } });
    return row === null ? undefined : toVersion(row);
  }

  async insert(version: CatalogueVersion & { publishedAt: Date; publishedBy: string; previousVersion: string }): Promise<void> {
    await this.unitOfWork.manager.getRepository(CatalogueVersionEntity).insert({ ...version });
  }

  /** The project years, from this one on, that already have a call (opened under the version in force then). */
  async projectYearsWithCalls(fromProjectYear: number): Promise<number[]> {
    const rows = await this.unitOfWork.manager.query<{ project_year: number }[]>(
      'SELECT DISTINCT project_year FROM call WHERE project_year >= $1 ORDER BY project_year',
      [fromProjectYear],
    );
    return rows.map((row) => Number(row.project_year));
  }
}

import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { UnitOfWork } from '#persistence';
import { AtRiskFlagEntity } from './at-risk-flag.entity.js';

export interface AtRiskFlagKey {
  governmentCode: string;
  projectYear: number;
  indicatorCode: string;
}

/** The interim review's at-risk flags per government, project year and indicator. */
@Injectable()
export class AtRiskFlagRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** Locked until commit: a clearing and a corrected interim report never both decide the flag. */
  findForUpdate(key: AtRiskFlagKey): Promise<AtRiskFlagEntity | null> {
    return this.unitOfWork.manager.getRepository(AtRiskFlagEntity).findOne({ where: { ...key }, lock: { mode: 'pessimistic_write' } });
  }

  find(key: AtRiskFlagKey): Promise<AtRiskFlagEntity | null> {
    return this.unitOfWork.manager.getRepository(AtRiskFlagEntity).findOneBy({ ...key });
  }

  ofGovernment(governmentCode: string, projectYear: number): Promise<AtRiskFlagEntity[]> {
    return this.unitOfWork.manager
      .getRepository(AtRiskFlagEntity)
      .find({ where: { governmentCode, projectYear }, order: { indicatorCode: 'ASC' } });
  }

  /** Writes these flags, new or replacing, in one statement. */
  async saveMany(flags: readonly AtRiskFlagEntity[]): Promise<void> {
    if (flags.length === 0) return;
    await this.unitOfWork.manager.getRepository(AtRiskFlagEntity).upsert([...flags], ['governmentCode', 'projectYear', 'indicatorCode']);
  }

  /** Removes the government's flags of the year on these indicators in one statement. */
  async removeMany(governmentCode: string, projectYear: number, indicatorCodes: readonly string[]): Promise<void> {
    if (indicatorCodes.length === 0) return;
    await this.unitOfWork.manager
      .getRepository(AtRiskFlagEntity)
      .delete({ governmentCode, projectYear, indicatorCode: In([...indicatorCodes]) });
  }

  async save(flag: AtRiskFlagEntity): Promise<void> {
    await this.unitOfWork.manager.getRepository(AtRiskFlagEntity).save(flag);
  }

  /**
   * ABB's latest clearance of the flag as the audit trail recorded it (the flag row as it was cleared), so that a
   * rebuild restores a clearance its row lost; null when ABB never cleared it.
   */
  async lastClearance(key: AtRiskFlagKey): Promise<Pick<AtRiskFlagEntity, 'raisedAt' | 'clearedAt' | 'clearedBy' | 'clearReason'> | null> {
    const [row] = await this.unitOfWork.manager.query<
      { after: { raisedAt: string; clearedAt: string; clearedBy: string; clearReason: string } }[]
    >(
      `SELECT after FROM audit_log
        WHERE action = 'clear-at-risk-flag' AND object_type = 'at-risk-flag' AND object_id = $1
        ORDER BY occurred_at DESC LIMIT 1`,
      [`${key.governmentCode}/${key.projectYear}/${key.indicatorCode}`],
    );
    if (!row) return null;
    return {
      raisedAt: new Date(row.after.raisedAt),
      clearedAt: new Date(row.after.clearedAt),
      clearedBy: row.after.clearedBy,
      clearReason: row.after.clearReason,
    };
  }

  async remove(key: AtRiskFlagKey): Promise<void> {
    await this.unitOfWork.manager.getRepository(AtRiskFlagEntity).delete({ ...key });
  }
}

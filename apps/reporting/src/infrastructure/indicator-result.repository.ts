import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '#persistence';
import { IndicatorResultEntity } from './indicator-result.entity.js';

export interface BehindRow {
  governmentCode: string;
  indicatorCode: string;
  periodCode: string;
  status: 'lagging' | 'at-risk' | 'not-reported';
  achieved: number | null;
  target: number;
  expected: number;
  reportVersion: number | null;
  due: string | null;
  openFlag: boolean;
}

export interface IndicatorResultKey {
  governmentCode: string;
  projectYear: number;
  periodCode: string;
  indicatorCode: string;
}

/** The counted result and status of each government x indicator x period (a read model). */
@Injectable()
export class IndicatorResultRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  /** Every row of the government's year, every period, locked until commit (one statement). */
  ofGovernmentForUpdate(governmentCode: string, projectYear: number): Promise<IndicatorResultEntity[]> {
    return this.unitOfWork.manager.getRepository(IndicatorResultEntity).find({
      where: { governmentCode, projectYear },
      order: { indicatorCode: 'ASC', periodEndsOn: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Writes these rows, new or replacing, in one statement. */
  async saveMany(results: readonly IndicatorResultEntity[]): Promise<void> {
    if (results.length === 0) return;
    await this.unitOfWork.manager
      .getRepository(IndicatorResultEntity)
      .upsert([...results], ['governmentCode', 'projectYear', 'periodCode', 'indicatorCode']);
  }

  async save(result: IndicatorResultEntity): Promise<void> {
    await this.unitOfWork.manager.getRepository(IndicatorResultEntity).save(result);
  }

  async remove({ governmentCode, projectYear, periodCode, indicatorCode }: IndicatorResultKey): Promise<void> {
    await this.unitOfWork.manager.getRepository(IndicatorResultEntity).delete({ governmentCode, projectYear, periodCode, indicatorCode });
  }

  /**
   * Every government and project year with anything a status is kept from or for: targets, reports, results, flags
   * (what a rebuild of the statuses goes through).
   */
  async governmentYears(): Promise<{ governmentCode: string; projectYear: number }[]> {
    return this.unitOfWork.manager.query(
      `SELECT government_code AS "governmentCode", project_year AS "projectYear" FROM committed_target
       UNION SELECT government_code, project_year FROM report
       UNION SELECT government_code, project_year FROM indicator_result
       UNION SELECT government_code, project_year FROM at_risk_flag
       ORDER BY 2, 1`,
    );
  }

  /** Records a not-reported status only where no figure exists: a report that got there first wins. */
  async insertMissing(result: IndicatorResultEntity): Promise<boolean> {
    const inserted = await this.unitOfWork.manager
      .createQueryBuilder()
      .insert()
      .into(IndicatorResultEntity)
      .values(result)
      .orIgnore()
      .returning('indicator_code')
      .execute();
    return (inserted.raw as unknown[]).length > 0;
  }

  ofGovernment(governmentCode: string, projectYear: number): Promise<IndicatorResultEntity[]> {
    return this.unitOfWork.manager.getRepository(IndicatorResultEntity).find({
      where: { governmentCode, projectYear },
      order: { indicatorCode: 'ASC', periodEndsOn: 'ASC' },
    });
  }

  ofPeriod(governmentCode: string, periodCode: string): Promise<IndicatorResultEntity[]> {
    return this.unitOfWork.manager.getRepository(IndicatorResultEntity).find({
      where: { governmentCode, periodCode },
      order: { indicatorCode: 'ASC' },
    });
  }

  /** The year's lagging, at-risk and not-reported rows of every government, with the return's due date and open flag. */
  async behind(projectYear: number): Promise<BehindRow[]> {
    const rows: (Omit<BehindRow, 'expected' | 'due'> & { expected: string; due: string | null })[] = await this.unitOfWork.manager.query(
      `SELECT r.government_code AS "governmentCode", r.indicator_code AS "indicatorCode", r.period_code AS "periodCode",
              r.status, r.achieved, r.target, r.expected, r.report_version AS "reportVersion",
              to_char(e.due_on, 'YYYY-MM-DD') AS due, (f.government_code IS NOT NULL AND f.cleared_at IS NULL) AS "openFlag"
         FROM indicator_result r
         LEFT JOIN expected_return e ON e.government_code = r.government_code AND e.period_code = r.period_code
         LEFT JOIN at_risk_flag f
           ON f.government_code = r.government_code AND f.project_year = r.project_year AND f.indicator_code = r.indicator_code
        WHERE r.project_year = $1 AND r.status IN ('lagging', 'at-risk', 'not-reported')
        ORDER BY r.government_code, r.indicator_code, r.period_ends_on`,
      [projectYear],
    );
    return rows.map((row) => ({ ...row, expected: Number(row.expected) }));
  }
}

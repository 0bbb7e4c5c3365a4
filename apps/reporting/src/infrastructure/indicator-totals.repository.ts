import { Injectable } from '@nestjs/common';
import { lockNamespace, lockUntilCommit, UnitOfWork } from '#persistence';
import { IndicatorTotalEntity } from './indicator-total.entity.js';

/** Refreshes of one indicator's total one at a time across concurrent consumers. */
const INDICATOR_TOTAL_LOCK = lockNamespace('indicator total', 302);

/**
 * The programme-wide figures per indicator (a read model), recomputed from the rows they summarise so
 * a corrected report replaces the old figure instead of being added twice. The SQL implements the
 * domain rule `realisedTotal` (domain/indicator-figures.ts); a database test holds the two together.
 * Rows without a report version are statuses recorded when a due date passed without a figure: nothing to count.
 */
@Injectable()
export class IndicatorTotalsRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async refresh(projectYear: number, indicatorCode: string): Promise<void> {
    await lockUntilCommit(INDICATOR_TOTAL_LOCK, `${projectYear}:${indicatorCode}`);
    await this.unitOfWork.manager.query(
      `INSERT INTO indicator_total (project_year, indicator_code, planned, realised, governments, governments_reported, updated_at)
       SELECT $1::smallint, $2::varchar,
         COALESCE((SELECT SUM(target) FROM committed_target WHERE project_year = $1::smallint AND indicator_code = $2::varchar), 0),
         COALESCE((SELECT SUM(latest.achieved) FROM (
            SELECT DISTINCT ON (government_code) achieved FROM indicator_result
            WHERE project_year = $1::smallint AND indicator_code = $2::varchar AND report_version IS NOT NULL
            ORDER BY government_code, period_ends_on DESC) AS latest), 0),
         (SELECT COUNT(*) FROM committed_target WHERE project_year = $1::smallint AND indicator_code = $2::varchar),
         (SELECT COUNT(DISTINCT government_code) FROM indicator_result
            WHERE project_year = $1::smallint AND indicator_code = $2::varchar AND report_version IS NOT NULL),
         now()
       ON CONFLICT (project_year, indicator_code) DO UPDATE SET
         planned = EXCLUDED.planned, realised = EXCLUDED.realised, governments = EXCLUDED.governments,
         governments_reported = EXCLUDED.governments_reported, updated_at = EXCLUDED.updated_at`,
      [projectYear, indicatorCode],
    );
  }

  ofYear(projectYear: number): Promise<IndicatorTotalEntity[]> {
    return this.unitOfWork.manager.getRepository(IndicatorTotalEntity).find({ where: { projectYear }, order: { indicatorCode: 'ASC' } });
  }
}

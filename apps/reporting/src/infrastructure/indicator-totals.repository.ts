import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Recomputes the programme-wide figures of one indicator from the rows they summarise, so a
 * corrected report replaces the old figure instead of being added twice. A transaction-scoped
 * advisory lock serialises refreshes of the same indicator across concurrent consumers.
 */
@Injectable()
export class IndicatorTotalsRepository {
  async refresh(manager: EntityManager, projectYear: number, indicatorCode: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`indicator-total:${projectYear}:${indicatorCode}`]);
    await manager.query(
      `INSERT INTO indicator_total (project_year, indicator_code, planned, realised, governments, governments_reported, updated_at)
       SELECT $1::smallint, $2::varchar,
         COALESCE((SELECT SUM(target) FROM committed_target WHERE project_year = $1::smallint AND indicator_code = $2::varchar), 0),
         COALESCE((SELECT SUM(latest.achieved) FROM (
            SELECT DISTINCT ON (government_code) achieved FROM indicator_result
            WHERE project_year = $1::smallint AND indicator_code = $2::varchar
            ORDER BY government_code, period_ends_on DESC) AS latest), 0),
         (SELECT COUNT(*) FROM committed_target WHERE project_year = $1::smallint AND indicator_code = $2::varchar),
         (SELECT COUNT(DISTINCT government_code) FROM indicator_result WHERE project_year = $1::smallint AND indicator_code = $2::varchar),
         now()
       ON CONFLICT (project_year, indicator_code) DO UPDATE SET
         planned = EXCLUDED.planned, realised = EXCLUDED.realised, governments = EXCLUDED.governments,
         governments_reported = EXCLUDED.governments_reported, updated_at = EXCLUDED.updated_at`,
      [projectYear, indicatorCode],
    );
  }
}

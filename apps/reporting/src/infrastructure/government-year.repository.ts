import { Injectable } from '@nestjs/common';
import { requireTransaction, type LockNamespace } from '#persistence';
import type { Figure } from '../domain/aggregates.js';
import type { AtRiskFlagEntity } from './at-risk-flag.entity.js';
import { toFigure } from './figures.repository.js';
import type { IndicatorResultEntity } from './indicator-result.entity.js';

/** What applying a report reads of one government's project year. */
export interface GovernmentYear {
  /** Every result row of the year (every period), locked until commit. */
  results: IndicatorResultEntity[];
  /** The committed target per indicator. */
  targets: Map<string, number>;
  /** The year's at-risk flags, locked until commit. */
  flags: AtRiskFlagEntity[];
  /** The year's figures by indicator, locked until commit. */
  figures: Map<string, Figure>;
}

interface Rows {
  results: (Omit<IndicatorResultEntity, 'updatedAt'> & { updatedAt: string })[] | null;
  targets: { indicatorCode: string; target: number }[] | null;
  flags: (Omit<AtRiskFlagEntity, 'raisedAt' | 'clearedAt'> & { raisedAt: string; clearedAt: string | null })[] | null;
  figures:
    | {
        projectYear: number;
        governmentCode: string;
        indicatorCode: string;
        actionNumber: number;
        objectiveNumber: number;
        target: number | null;
        countedPeriodCode: string | null;
        countedPeriodEndsOn: string | null;
        countedReportVersion: number | null;
        achieved: number | null;
        updatedAt: string;
      }[]
    | null;
}

/**
 * A report's reads and locks in as few round trips as the rules allow (database round trips are what applying a report
 * waits for): its locks in one statement, then the government's year from four tables in one more.
 */
@Injectable()
export class GovernmentYearRepository {
  /** Waits for `exclusive` of `exclusiveKey`, then for `shared` of `sharedKey` held shared: in that order, until commit. */
  async lockBoth(exclusive: LockNamespace, exclusiveKey: string, shared: LockNamespace, sharedKey: string): Promise<void> {
    const manager = requireTransaction(`the ${exclusive.name} and ${shared.name} locks`);
    // The subquery's volatile call is not pulled up: it is taken first, whatever order a target list would be evaluated in.
    await manager.query(
      'SELECT pg_advisory_xact_lock_shared($3::int, hashtext($4)) FROM (SELECT pg_advisory_xact_lock($1::int, hashtext($2))) AS first',
      [exclusive.id, exclusiveKey, shared.id, sharedKey],
    );
  }

  /** The government's year as applying a report needs it, in one statement (after the locks: its snapshot is taken then). */
  async read(governmentCode: string, projectYear: number): Promise<GovernmentYear> {
    const manager = requireTransaction('reading a government year for update');
    const [rows] = await manager.query<Rows[]>(
      `SELECT
         (SELECT json_agg(r) FROM (
            SELECT government_code AS "governmentCode", project_year AS "projectYear", period_code AS "periodCode",
                   indicator_code AS "indicatorCode", to_char(period_ends_on, 'YYYY-MM-DD') AS "periodEndsOn", achieved,
                   report_version AS "reportVersion", target, expected::float8 AS expected, status, updated_at AS "updatedAt"
              FROM indicator_result WHERE government_code = $1 AND project_year = $2
             ORDER BY indicator_code, period_ends_on FOR UPDATE) r) AS results,
         (SELECT json_agg(t) FROM (
            SELECT indicator_code AS "indicatorCode", target FROM committed_target
             WHERE government_code = $1 AND project_year = $2) t) AS targets,
         (SELECT json_agg(f) FROM (
            SELECT government_code AS "governmentCode", project_year AS "projectYear", indicator_code AS "indicatorCode",
                   period_code AS "periodCode", achieved, target, report_version AS "reportVersion", motivation,
                   raised_at AS "raisedAt", cleared_at AS "clearedAt", cleared_by AS "clearedBy", clear_reason AS "clearReason"
              FROM at_risk_flag WHERE government_code = $1 AND project_year = $2
             ORDER BY indicator_code FOR UPDATE) f) AS flags,
         (SELECT json_agg(g) FROM (
            SELECT project_year AS "projectYear", government_code AS "governmentCode", indicator_code AS "indicatorCode",
                   action_number AS "actionNumber", objective_number AS "objectiveNumber", target,
                   counted_period_code AS "countedPeriodCode", to_char(counted_period_ends_on, 'YYYY-MM-DD') AS "countedPeriodEndsOn",
                   counted_report_version AS "countedReportVersion", achieved, updated_at AS "updatedAt"
              FROM government_figure WHERE government_code = $1 AND project_year = $2
             ORDER BY indicator_code FOR UPDATE) g) AS figures`,
      [governmentCode, projectYear],
    );
    return {
      results: (rows?.results ?? []).map((row) => ({ ...row, updatedAt: new Date(row.updatedAt) })),
      targets: new Map((rows?.targets ?? []).map((row) => [row.indicatorCode, row.target])),
      flags: (rows?.flags ?? []).map((row) => ({
        ...row,
        raisedAt: new Date(row.raisedAt),
        clearedAt: row.clearedAt === null ? null : new Date(row.clearedAt),
      })),
      figures: new Map((rows?.figures ?? []).map((row) => [row.indicatorCode, toFigure({ ...row, updatedAt: new Date(row.updatedAt) })])),
    };
  }
}

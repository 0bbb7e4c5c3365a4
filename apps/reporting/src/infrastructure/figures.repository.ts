import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { lockNamespace, lockUntilCommit, requireTransaction, UnitOfWork } from '#persistence';
import type {
  Figure,
  FigureLevel,
  GovernmentTotalRow,
  Measures,
  ProgrammeTotalRow,
  Scope,
  StoredReport,
  StoredTarget,
  Totals,
} from '../domain/aggregates.js';
import { GovernmentFigureEntity } from './government-figure.entity.js';

/**
 * The figures of one project year. A report takes it shared: reports of different governments apply side by side
 * (each government's own rows are its target check lock's), and each writes the programme-wide totals in one
 * statement, in one order of rows, last, so they queue only for that statement and never deadlock. What writes
 * programme totals more than once, or everything (a target change, a rebuild), takes it exclusive.
 */
export const FIGURES_LOCK = lockNamespace('figures of a project year', 340);

interface MeasureRow {
  level: FigureLevel;
  scope_key: string;
  planned: string;
  realised: string;
  targets: number;
  targets_reported: number;
  targets_reached: number;
}

const measuresOf = (row: MeasureRow): Measures => ({
  planned: Number(row.planned),
  realised: Number(row.realised),
  targets: row.targets,
  targetsReported: row.targets_reported,
  targetsReached: row.targets_reached,
});

export const scopeKeyOf = (scope: Scope): string => `${scope.level}\u0000${scope.scopeKey}`;

export const toFigure = (row: GovernmentFigureEntity): Figure => ({
  projectYear: row.projectYear,
  governmentCode: row.governmentCode,
  indicatorCode: row.indicatorCode,
  actionNumber: row.actionNumber,
  objectiveNumber: row.objectiveNumber,
  target: row.target,
  counted:
    row.countedPeriodCode === null
      ? null
      : {
          periodCode: row.countedPeriodCode,
          periodEndsOn: row.countedPeriodEndsOn!,
          reportVersion: row.countedReportVersion!,
          achieved: row.achieved,
        },
});

const toEntity = (figure: Figure, updatedAt: Date): GovernmentFigureEntity => ({
  projectYear: figure.projectYear,
  governmentCode: figure.governmentCode,
  indicatorCode: figure.indicatorCode,
  actionNumber: figure.actionNumber,
  objectiveNumber: figure.objectiveNumber,
  target: figure.target,
  countedPeriodCode: figure.counted?.periodCode ?? null,
  countedPeriodEndsOn: figure.counted?.periodEndsOn ?? null,
  countedReportVersion: figure.counted?.reportVersion ?? null,
  achieved: figure.counted?.achieved ?? null,
  updatedAt,
});

/** The aggregation read models: each government's figure per indicator, and the totals it adds to (domain/aggregates.ts). */
@Injectable()
export class FiguresRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  lockYear(projectYear: number): Promise<void> {
    return lockUntilCommit(FIGURES_LOCK, String(projectYear));
  }

  /** The year's lock shared with other reports (see FIGURES_LOCK), until commit; the same key as lockYear. */
  async shareYear(projectYear: number): Promise<void> {
    const manager = requireTransaction(`the ${FIGURES_LOCK.name} lock`);
    await manager.query('SELECT pg_advisory_xact_lock_shared($1::int, hashtext($2))', [FIGURES_LOCK.id, String(projectYear)]);
  }

  /** One government's figures on these indicators, locked until commit, by indicator code (one statement). */
  async findManyForUpdate(projectYear: number, governmentCode: string, indicatorCodes: readonly string[]): Promise<Map<string, Figure>> {
    if (indicatorCodes.length === 0) return new Map();
    const rows = await this.unitOfWork.manager.getRepository(GovernmentFigureEntity).find({
      where: { projectYear, governmentCode, indicatorCode: In([...new Set(indicatorCodes)]) },
      order: { indicatorCode: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    return new Map(rows.map((row) => [row.indicatorCode, toFigure(row)]));
  }

  /** The figures of these governments on these indicators in a project year (a plain read). */
  async figuresOf(projectYear: number, governmentCodes: readonly string[], indicatorCodes: readonly string[]): Promise<Figure[]> {
    if (governmentCodes.length === 0 || indicatorCodes.length === 0) return [];
    const rows = await this.unitOfWork.manager.getRepository(GovernmentFigureEntity).find({
      where: { projectYear, governmentCode: In([...governmentCodes]), indicatorCode: In([...indicatorCodes]) },
    });
    return rows.map(toFigure);
  }

  async saveFigures(figures: readonly Figure[]): Promise<void> {
    const now = new Date();
    // In batches: a rebuild writes every figure, and a statement takes at most 65,535 parameters.
    for (let start = 0; start < figures.length; start += 1000)
      await this.unitOfWork.manager.getRepository(GovernmentFigureEntity).upsert(
        figures.slice(start, start + 1000).map((figure) => toEntity(figure, now)),
        ['projectYear', 'governmentCode', 'indicatorCode'],
      );
  }

  /**
   * Adds each scope's difference to the government's total there (created at 0 when missing), in one statement, and
   * answers each total as it stood before, so the caller can tell whether the government starts or stops counting
   * programme-wide.
   */
  async addToGovernmentTotals(
    projectYear: number,
    governmentCode: string,
    deltas: readonly { scope: Scope; delta: Measures }[],
  ): Promise<Map<string, Measures>> {
    if (deltas.length === 0) return new Map();
    const values = deltas
      .map((_, index) => `($1, $2, ${Array.from({ length: 7 }, (__, column) => `$${index * 7 + column + 3}`).join(', ')}, now())`)
      .join(', ');
    const rows = await this.unitOfWork.manager.query<MeasureRow[]>(
      `INSERT INTO government_total AS total
         (project_year, government_code, level, scope_key, planned, realised, targets, targets_reported, targets_reached, updated_at)
       VALUES ${values}
       ON CONFLICT (project_year, government_code, level, scope_key) DO UPDATE SET
         planned = total.planned + EXCLUDED.planned,
         realised = total.realised + EXCLUDED.realised,
         targets = total.targets + EXCLUDED.targets,
         targets_reported = total.targets_reported + EXCLUDED.targets_reported,
         targets_reached = total.targets_reached + EXCLUDED.targets_reached,
         updated_at = EXCLUDED.updated_at
       RETURNING level, scope_key, planned, realised, targets, targets_reported, targets_reached`,
      [
        projectYear,
        governmentCode,
        ...deltas.flatMap(({ scope, delta }) => [
          scope.level,
          scope.scopeKey,
          delta.planned,
          delta.realised,
          delta.targets,
          delta.targetsReported,
          delta.targetsReached,
        ]),
      ],
    );
    const deltaOf = new Map(deltas.map(({ scope, delta }) => [scopeKeyOf(scope), delta]));
    const before = new Map<string, Measures>();
    for (const row of rows) {
      const key = scopeKeyOf({ level: row.level, scopeKey: row.scope_key });
      const delta = deltaOf.get(key)!;
      const after = measuresOf(row);
      before.set(key, {
        planned: after.planned - delta.planned,
        realised: after.realised - delta.realised,
        targets: after.targets - delta.targets,
        targetsReported: after.targetsReported - delta.targetsReported,
        targetsReached: after.targetsReached - delta.targetsReached,
      });
    }
    return before;
  }

  /** Adds to the programme-wide totals in one statement, locking their rows in the order given (see FIGURES_LOCK). */
  async addToProgrammeTotals(projectYear: number, deltas: readonly { scope: Scope; delta: Totals }[]): Promise<void> {
    if (deltas.length === 0) return;
    const values = deltas
      .map((_, index) => `($1, ${Array.from({ length: 9 }, (__, column) => `$${index * 9 + column + 2}`).join(', ')}, now())`)
      .join(', ');
    await this.unitOfWork.manager.query(
      `INSERT INTO programme_total AS total
         (project_year, level, scope_key, planned, realised, targets, targets_reported, targets_reached,
          governments, governments_reported, updated_at)
       VALUES ${values}
       ON CONFLICT (project_year, level, scope_key) DO UPDATE SET
         planned = total.planned + EXCLUDED.planned,
         realised = total.realised + EXCLUDED.realised,
         targets = total.targets + EXCLUDED.targets,
         targets_reported = total.targets_reported + EXCLUDED.targets_reported,
         targets_reached = total.targets_reached + EXCLUDED.targets_reached,
         governments = total.governments + EXCLUDED.governments,
         governments_reported = total.governments_reported + EXCLUDED.governments_reported,
         updated_at = EXCLUDED.updated_at`,
      [
        projectYear,
        ...deltas.flatMap(({ scope, delta }) => [
          scope.level,
          scope.scopeKey,
          delta.planned,
          delta.realised,
          delta.targets,
          delta.targetsReported,
          delta.targetsReached,
          delta.governments,
          delta.governmentsReported,
        ]),
      ],
    );
  }

  /** Programme-wide totals of a level with a target in them. */
  async programmeTotals(projectYear: number, level: FigureLevel): Promise<(ProgrammeTotalRow & { updatedAt: Date })[]> {
    const rows = await this.unitOfWork.manager.query<
      (MeasureRow & { governments: number; governments_reported: number; updated_at: Date })[]
    >(
      `SELECT level, scope_key, planned, realised, targets, targets_reported, targets_reached, governments, governments_reported, updated_at
       FROM programme_total WHERE project_year = $1 AND level = $2 AND targets > 0 ORDER BY scope_key`,
      [projectYear, level],
    );
    return rows.map((row) => ({
      projectYear,
      level: row.level,
      scopeKey: row.scope_key,
      ...measuresOf(row),
      governments: row.governments,
      governmentsReported: row.governments_reported,
      updatedAt: row.updated_at,
    }));
  }

  /** Per-government totals of a level with a target in them, of one government or all. */
  async governmentTotals(
    projectYear: number,
    level: FigureLevel,
    governmentCode?: string,
  ): Promise<(GovernmentTotalRow & { updatedAt: Date })[]> {
    const rows = await this.unitOfWork.manager.query<(MeasureRow & { government_code: string; updated_at: Date })[]>(
      `SELECT government_code, level, scope_key, planned, realised, targets, targets_reported, targets_reached, updated_at
       FROM government_total
       WHERE project_year = $1 AND level = $2 AND targets > 0 AND ($3::varchar IS NULL OR government_code = $3::varchar)
       ORDER BY government_code, scope_key`,
      [projectYear, level, governmentCode ?? null],
    );
    return rows.map((row) => ({
      projectYear,
      governmentCode: row.government_code,
      level: row.level,
      scopeKey: row.scope_key,
      ...measuresOf(row),
      updatedAt: row.updated_at,
    }));
  }

  /** The committed targets, the rebuild's first source. */
  storedTargets(): Promise<StoredTarget[]> {
    return this.unitOfWork.manager.query<StoredTarget[]>(
      `SELECT government_code AS "governmentCode", project_year AS "projectYear", indicator_code AS "indicatorCode", target
       FROM committed_target ORDER BY project_year, government_code, indicator_code`,
    );
  }

  countStoredReports(): Promise<number> {
    return this.unitOfWork.manager.query<{ count: number }[]>('SELECT count(*)::int AS count FROM report').then(([row]) => row?.count ?? 0);
  }

  /**
   * Every stored version of every report, a page after the report id `after` (keyset, by id: the figures do not
   * depend on the order reports are read in, and ids page exactly where timestamps could tie).
   */
  async storedReportsAfter(after: string | null, limit: number): Promise<(StoredReport & { id: string })[]> {
    const rows = await this.unitOfWork.manager.query<
      {
        id: string;
        government_code: string;
        project_year: number;
        period_code: string;
        version: number;
        results: StoredReport['results'];
      }[]
    >(
      `SELECT id, government_code, project_year, period_code, version, results FROM report
       WHERE $1::uuid IS NULL OR id > $1::uuid ORDER BY id LIMIT $2`,
      [after, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      governmentCode: row.government_code,
      projectYear: row.project_year,
      periodCode: row.period_code,
      version: row.version,
      results: row.results.map(({ indicatorCode, achieved }) => ({ indicatorCode, achieved })),
    }));
  }

  async allFigures(): Promise<Figure[]> {
    const rows = await this.unitOfWork.manager
      .getRepository(GovernmentFigureEntity)
      .find({ order: { projectYear: 'ASC', governmentCode: 'ASC', indicatorCode: 'ASC' } });
    return rows.map(toFigure);
  }

  /** Every figure and total, dropped so a rebuild can write them again (in the rebuild's unit of work). */
  async clear(): Promise<void> {
    await this.unitOfWork.manager.query('DELETE FROM government_total');
    await this.unitOfWork.manager.query('DELETE FROM programme_total');
    await this.unitOfWork.manager.query('DELETE FROM government_figure');
  }

  /** Writes recomputed totals in bulk (a rebuild); the tables must be empty. */
  async insertTotals(programme: readonly ProgrammeTotalRow[], government: readonly GovernmentTotalRow[]): Promise<void> {
    const manager = this.unitOfWork.manager;
    for (let start = 0; start < programme.length; start += 500) {
      const batch = programme.slice(start, start + 500);
      await manager.query(
        `INSERT INTO programme_total (project_year, level, scope_key, planned, realised, targets, targets_reported, targets_reached,
           governments, governments_reported, updated_at)
         SELECT * , now() FROM unnest($1::smallint[], $2::varchar[], $3::varchar[], $4::bigint[], $5::bigint[], $6::int[], $7::int[],
           $8::int[], $9::int[], $10::int[])`,
        [
          batch.map((row) => row.projectYear),
          batch.map((row) => row.level),
          batch.map((row) => row.scopeKey),
          batch.map((row) => row.planned),
          batch.map((row) => row.realised),
          batch.map((row) => row.targets),
          batch.map((row) => row.targetsReported),
          batch.map((row) => row.targetsReached),
          batch.map((row) => row.governments),
          batch.map((row) => row.governmentsReported),
        ],
      );
    }
    for (let start = 0; start < government.length; start += 500) {
      const batch = government.slice(start, start + 500);
      await manager.query(
        `INSERT INTO government_total (project_year, government_code, level, scope_key, planned, realised, targets, targets_reported,
           targets_reached, updated_at)
         SELECT *, now() FROM unnest($1::smallint[], $2::varchar[], $3::varchar[], $4::varchar[], $5::bigint[], $6::bigint[], $7::int[],
           $8::int[], $9::int[])`,
        [
          batch.map((row) => row.projectYear),
          batch.map((row) => row.governmentCode),
          batch.map((row) => row.level),
          batch.map((row) => row.scopeKey),
          batch.map((row) => row.planned),
          batch.map((row) => row.realised),
          batch.map((row) => row.targets),
          batch.map((row) => row.targetsReported),
          batch.map((row) => row.targetsReached),
        ],
      );
    }
  }
}

import { Injectable } from '@nestjs/common';
import { deriveAtRiskFlags, deriveResults, type DerivedResult, type StoredVersion } from '../../domain/status-derivation.js';
import type { AtRiskFlagEntity } from '../../infrastructure/at-risk-flag.entity.js';
import { AtRiskFlagRepository } from '../../infrastructure/at-risk-flag.repository.js';
import { CommittedTargetRepository } from '../../infrastructure/committed-target.repository.js';
import type { IndicatorResultEntity } from '../../infrastructure/indicator-result.entity.js';
import { IndicatorResultRepository } from '../../infrastructure/indicator-result.repository.js';
import { ReportRepository } from '../../infrastructure/report.repository.js';
import { ReturnDeadlineRepository } from '../../infrastructure/return-deadline.repository.js';
import { TargetCheckSettings } from './target-check-settings.js';

/**
 * - `targets-changed`: the committed targets changed; only report versions the read models already applied count
 *   (a version still on its way is applied, and announced, by apply-report), and a newly raised flag is raised now.
 * - `rebuild`: every stored version counts; a flag row that was lost gets its clearance back from the audit trail.
 */
export type ReconcileMode = 'targets-changed' | 'rebuild';

/** A status the reconciliation changed, with the row it saved. */
export interface ReconciledChange {
  previousStatus: IndicatorResultEntity['status'];
  row: IndicatorResultEntity;
}

export interface Reconciled {
  changes: ReconciledChange[];
  /** Periods where a status changed or a row came or went (a period summary would say something else now). */
  periodsChanged: string[];
  /** Rows (results and flags) written or removed because they differed from what the sources give. */
  corrected: number;
}

const RESULT_FIELDS = ['periodEndsOn', 'achieved', 'reportVersion', 'target', 'expected', 'status'] as const;
const FLAG_FIELDS = ['periodCode', 'achieved', 'target', 'reportVersion', 'motivation'] as const;
const sameTime = (a: Date | null, b: Date | null): boolean => (a === null ? b === null : b !== null && a.getTime() === b.getTime());

/**
 * Brings a government's statuses and at-risk flags of a project year in line with what they follow from: the
 * committed targets, the stored report versions, the returns that became overdue and ABB's clearances (the rules in
 * domain/status-derivation.ts, the same as the live target check). Writes only rows that differ (a row that is
 * right keeps its updated_at) and announces nothing: the caller decides what to publish. Run inside the caller's unit
 * of work, holding the target check's lock of the government's year.
 */
@Injectable()
export class StatusReconciler {
  constructor(
    private readonly results: IndicatorResultRepository,
    private readonly flags: AtRiskFlagRepository,
    private readonly targets: CommittedTargetRepository,
    private readonly reports: ReportRepository,
    private readonly deadlines: ReturnDeadlineRepository,
    private readonly settings: TargetCheckSettings,
  ) {}

  async reconcile(governmentCode: string, projectYear: number, mode: ReconcileMode, at: Date): Promise<Reconciled> {
    const targets = new Map(
      (await this.targets.ofGovernment(governmentCode, projectYear)).map((target) => [target.indicatorCode, target.target]),
    );
    const stored = await this.results.ofGovernment(governmentCode, projectYear);
    const versions = await this.versionsThatCount(governmentCode, projectYear, mode, stored);
    let corrected = 0;

    const storedFlags = new Map((await this.flags.ofGovernment(governmentCode, projectYear)).map((flag) => [flag.indicatorCode, flag]));
    const openFlags = new Set<string>();
    for (const derived of deriveAtRiskFlags(targets, versions)) {
      const key = { governmentCode, projectYear, indicatorCode: derived.indicatorCode };
      const held = storedFlags.get(derived.indicatorCode);
      storedFlags.delete(derived.indicatorCode);
      const restored = held?.clearedAt ? null : mode === 'rebuild' ? await this.flags.lastClearance(key) : null;
      // A clearance from before the flag was last raised belongs to an earlier flag, taken away since.
      const clearance = held?.clearedAt ? held : restored && restored.clearedAt! >= derived.raisedAt ? restored : null;
      const flag: AtRiskFlagEntity = {
        ...key,
        periodCode: derived.periodCode,
        achieved: derived.achieved,
        target: derived.target,
        reportVersion: derived.reportVersion,
        motivation: derived.motivation,
        raisedAt: held?.raisedAt ?? clearance?.raisedAt ?? (mode === 'rebuild' ? derived.raisedAt : at),
        clearedAt: clearance?.clearedAt ?? null,
        clearedBy: clearance?.clearedBy ?? null,
        clearReason: clearance?.clearReason ?? null,
      };
      if (flag.clearedAt === null) openFlags.add(flag.indicatorCode);
      const unchanged =
        held !== undefined &&
        FLAG_FIELDS.every((field) => held[field] === flag[field]) &&
        sameTime(held.raisedAt, flag.raisedAt) &&
        sameTime(held.clearedAt, flag.clearedAt) &&
        held.clearedBy === flag.clearedBy &&
        held.clearReason === flag.clearReason;
      if (unchanged) continue;
      await this.flags.save(flag);
      corrected += 1;
    }
    for (const gone of storedFlags.values()) {
      await this.flags.remove({ governmentCode, projectYear, indicatorCode: gone.indicatorCode });
      corrected += 1;
    }

    const derivedRows = deriveResults({
      projectYear,
      targets,
      versions,
      overduePeriods: await this.deadlines.overduePeriods(governmentCode),
      openFlags,
      tolerance: this.settings.laggingTolerance,
    });
    const storedRows = new Map(stored.map((row) => [`${row.periodCode}\u0000${row.indicatorCode}`, row]));
    const changes: ReconciledChange[] = [];
    const periodsChanged = new Set<string>();
    for (const derived of derivedRows) {
      const key = `${derived.periodCode}\u0000${derived.indicatorCode}`;
      const held = storedRows.get(key);
      storedRows.delete(key);
      if (held && RESULT_FIELDS.every((field) => held[field] === derived[field])) continue;
      const row = this.rowOf(governmentCode, projectYear, derived, at);
      await this.results.save(row);
      corrected += 1;
      if (!held) periodsChanged.add(row.periodCode);
      else if (held.status !== row.status) {
        changes.push({ previousStatus: held.status, row });
        periodsChanged.add(row.periodCode);
      }
    }
    for (const gone of storedRows.values()) {
      await this.results.remove(gone);
      corrected += 1;
      periodsChanged.add(gone.periodCode);
    }
    return { changes, periodsChanged: [...periodsChanged].sort(), corrected };
  }

  /** On a target change only what the read models applied counts: per period, the versions up to the applied one. */
  private async versionsThatCount(
    governmentCode: string,
    projectYear: number,
    mode: ReconcileMode,
    stored: readonly IndicatorResultEntity[],
  ): Promise<StoredVersion[]> {
    const versions = await this.reports.ofGovernmentYear(governmentCode, projectYear);
    if (mode === 'rebuild') return versions;
    const applied = new Map<string, number>();
    for (const row of stored)
      if (row.reportVersion !== null) applied.set(row.periodCode, Math.max(applied.get(row.periodCode) ?? 0, row.reportVersion));
    return versions.filter((version) => version.version <= (applied.get(version.periodCode) ?? 0));
  }

  private rowOf(governmentCode: string, projectYear: number, derived: DerivedResult, at: Date): IndicatorResultEntity {
    return { governmentCode, projectYear, ...derived, updatedAt: at };
  }
}

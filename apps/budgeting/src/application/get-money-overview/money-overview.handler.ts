import { Injectable } from '@nestjs/common';
import { findIndicator } from '#catalogue';
import { UnitOfWork } from '#persistence';
import { assessCofinancing, type CofinancingStatus } from '../../domain/cofinancing.js';
import { CofinancingRepository } from '../../infrastructure/cofinancing.repository.js';
import { LedgerRepository } from '../../infrastructure/ledger.repository.js';
import { MoneyOverviewRepository, type GovernmentMoney } from '../../infrastructure/money-overview.repository.js';
import { ProgrammeBudgetRepository } from '../../infrastructure/programme-budget.repository.js';
import { budgetOfYear } from '../budget-of-year.js';

export interface YearOverview {
  projectYear: number;
  budgetCents: number;
  /** What the allocation proposals of the year's calls proposed. */
  proposedCents: number;
  committedCents: number;
  paidCents: number;
  /** Due instalments not yet released. */
  dueCents: number;
  /** Recovery proposals ABB has not decided yet. */
  toBeRecoveredCents: number;
  /** Confirmed recoveries, charged to the governments. */
  recoveredCents: number;
  /** budget - committed. */
  availableCents: number;
  governments: number;
  ledger: { debitCents: number; creditCents: number; balanced: boolean };
}

export interface GovernmentOverview extends GovernmentMoney {
  projectYear: number;
  /** committed - paid. */
  toBePaidCents: number;
  cofinancingObligationCents: number;
  cofinancingDeclaredCents: number | null;
  cofinancingStatus: CofinancingStatus;
}

export interface LedgerTransactionView {
  transactionId: string;
  kind: string;
  description: string;
  bookedAt: string;
  entries: { account: string; debitCents: number; creditCents: number }[];
}

export interface GovernmentLedgerView {
  governmentCode: string;
  projectYear: number;
  overview: GovernmentOverview | null;
  transactions: LedgerTransactionView[];
}

export interface IndicatorOverview {
  projectYear: number;
  indicatorCode: string;
  unit: string;
  actionNumber: number | null;
  committedCents: number;
  governments: number;
  /** The sum of the targets (current + approved additional reach), as the government publishes 'planned'. */
  plannedReach: number;
  approvedAdditionalReach: number;
  toBeRecoveredCents: number;
  recoveredCents: number;
}

export interface ActionOverview {
  projectYear: number;
  actionNumber: number | null;
  actionName: string;
  /** The subsidy for the action's indicators. */
  committedCents: number;
  /** Mentorships on the action (stimuli, no co-financing), counted apart. */
  stimuliCents: number;
  /** Governments with money on at least one of its indicators, each counted once. */
  governments: number;
  plannedReach: number;
  toBeRecoveredCents: number;
  recoveredCents: number;
}

const actionOf = (indicatorCode: string): { actionNumber: number | null; actionName: string; unit: string } => {
  const indicator = findIndicator(indicatorCode);
  return indicator
    ? { actionNumber: indicator.actionNumber, actionName: indicator.actionName, unit: indicator.unit }
    : { actionNumber: null, actionName: 'onbekende actie', unit: indicatorCode };
};

/**
 * The money of a project year, as ABB and the government publish it: the year (budget, proposed, committed, paid, to be
 * recovered, recovered, available), per government (with its ledger), per action and per indicator. Each answer reads
 * one snapshot, so its figures agree with each other.
 */
@Injectable()
export class MoneyOverviewHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly overview: MoneyOverviewRepository,
    private readonly budgets: ProgrammeBudgetRepository,
    private readonly ledger: LedgerRepository,
    private readonly cofinancing: CofinancingRepository,
  ) {}

  year(projectYear: number): Promise<YearOverview> {
    return this.unitOfWork.snapshot(async () => {
      const { budgetCents } = await budgetOfYear(this.budgets, projectYear);
      const committedCents = await this.ledger.committedCents(projectYear);
      const money = await this.overview.year(projectYear);
      const ledger = await this.ledger.year(projectYear);
      const governments = (await this.overview.governments(projectYear)).length;
      return {
        projectYear,
        budgetCents,
        proposedCents: money.proposedCents,
        committedCents,
        paidCents: money.paidCents,
        dueCents: money.dueCents,
        toBeRecoveredCents: money.toBeRecoveredCents,
        recoveredCents: money.recoveredCents,
        availableCents: budgetCents - committedCents,
        governments,
        ledger: { ...ledger, balanced: ledger.debitCents === ledger.creditCents },
      };
    });
  }

  governments(projectYear: number, governmentCode?: string): Promise<GovernmentOverview[]> {
    return this.unitOfWork.snapshot(async () => {
      await budgetOfYear(this.budgets, projectYear);
      const rows = await this.overview.governments(projectYear, governmentCode);
      const declarations = await this.cofinancing.latestOfYear(projectYear);
      return rows.map((row) => {
        const cofinancing = assessCofinancing(row.linesCents, declarations.get(row.governmentCode)?.declaredCents ?? null);
        return {
          projectYear,
          ...row,
          toBePaidCents: row.committedCents - row.paidCents,
          cofinancingObligationCents: cofinancing.obligationCents,
          cofinancingDeclaredCents: cofinancing.declaredCents,
          cofinancingStatus: cofinancing.status,
        };
      });
    });
  }

  governmentLedger(projectYear: number, governmentCode: string): Promise<GovernmentLedgerView> {
    return this.unitOfWork.snapshot(async () => {
      const [overview] = await this.governments(projectYear, governmentCode);
      const lines = await this.overview.ledgerOf(projectYear, governmentCode);
      const transactions = new Map<string, LedgerTransactionView>();
      for (const line of lines) {
        const transaction = transactions.get(line.transactionId) ?? {
          transactionId: line.transactionId,
          kind: line.kind,
          description: line.description,
          bookedAt: line.bookedAt.toISOString(),
          entries: [],
        };
        transaction.entries.push({ account: line.account, debitCents: line.debitCents, creditCents: line.creditCents });
        transactions.set(line.transactionId, transaction);
      }
      return { governmentCode, projectYear, overview: overview ?? null, transactions: [...transactions.values()] };
    });
  }

  indicators(projectYear: number): Promise<IndicatorOverview[]> {
    return this.unitOfWork.snapshot(async () => {
      await budgetOfYear(this.budgets, projectYear);
      return (await this.overview.indicators(projectYear)).map((row) => {
        const { actionNumber, unit } = actionOf(row.indicatorCode);
        return { projectYear, ...row, unit, actionNumber };
      });
    });
  }

  actions(projectYear: number): Promise<ActionOverview[]> {
    return this.unitOfWork.snapshot(async () => {
      const indicators = await this.indicators(projectYear);
      const pairs = await this.overview.fundedPairs(projectYear);
      const stimuli = await this.overview.stimuli(projectYear);
      const byAction = new Map<number | null, ActionOverview & { governmentCodes: Set<string> }>();
      const actionRow = (actionNumber: number | null, actionName: string) => {
        const existing = byAction.get(actionNumber);
        if (existing) return existing;
        const created = {
          projectYear,
          actionNumber,
          actionName,
          committedCents: 0,
          stimuliCents: 0,
          governments: 0,
          plannedReach: 0,
          toBeRecoveredCents: 0,
          recoveredCents: 0,
          governmentCodes: new Set<string>(),
        };
        byAction.set(actionNumber, created);
        return created;
      };
      for (const indicator of indicators) {
        const row = actionRow(indicator.actionNumber, actionOf(indicator.indicatorCode).actionName);
        row.committedCents += indicator.committedCents;
        row.plannedReach += indicator.plannedReach;
        row.toBeRecoveredCents += indicator.toBeRecoveredCents;
        row.recoveredCents += indicator.recoveredCents;
      }
      for (const pair of pairs)
        actionRow(actionOf(pair.indicatorCode).actionNumber, actionOf(pair.indicatorCode).actionName).governmentCodes.add(
          pair.governmentCode,
        );
      for (const stimulus of stimuli) {
        const name = indicators.find((indicator) => indicator.actionNumber === stimulus.actionNumber);
        actionRow(stimulus.actionNumber, name ? actionOf(name.indicatorCode).actionName : 'stimulans').stimuliCents +=
          stimulus.committedCents;
      }
      return [...byAction.values()]
        .map(({ governmentCodes, ...row }) => ({ ...row, governments: governmentCodes.size }))
        .sort((a, b) => (a.actionNumber ?? 99) - (b.actionNumber ?? 99));
    });
  }
}

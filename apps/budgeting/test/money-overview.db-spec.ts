import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { findIndicator } from '#catalogue';
import type { ApplicationDecidedV1 } from '#contracts';
import { RuleViolation } from '#domain';
import { startUseCasesUnderTest, testDecided, type UseCasesUnderTest } from '#testing';
import { CommitDecisionHandler } from '../src/application/commit-decision/commit-decision.handler.js';
import { DecideRecoveryHandler } from '../src/application/decide-recovery/decide-recovery.handler.js';
import { ExportMoneyOverviewHandler } from '../src/application/export-money-overview/export-money-overview.handler.js';
import { MoneyOverviewHandler } from '../src/application/get-money-overview/money-overview.handler.js';
import { ListRecoveriesHandler } from '../src/application/list-recoveries/list-recoveries.handler.js';
import { RecordReportReviewHandler } from '../src/application/record-report-review/record-report-review.handler.js';
import { ReleasePaymentsHandler } from '../src/application/release-payments/release-payments.handler.js';
import { budgetingManifest } from '../src/budgeting.manifest.js';
import { testReviewed } from './money-payloads.js';

const EUR = 100;
const ABB = { subject: 'abb-officer-1', role: 'abb', organisationCode: 'OVO002949' } as const;
const TABLES =
  'ledger_entry, ledger_transaction, decision_answer, commitment, payment, payment_schedule, accepted_annual_report, recovery, ' +
  'cofinancing_declaration, allocation_proposal, audit_log, outbox';

/** One A05 line of the given amount (at EUR 60 per KPI, 700 more approved; ABB may award less than KPI x rate). */
const a05Decision = (governmentCode: string, amountCents: number): ApplicationDecidedV1 => {
  const decided = testDecided(governmentCode, [10_000 * EUR]);
  decided.lines = [
    { ...decided.lines[0]!, indicatorCode: 'A05', currentReach: 50, approvedAdditionalReach: 700, target: 750, eurPerKpi: 60, amountCents },
  ];
  decided.linesCents = amountCents;
  decided.totalCents = amountCents;
  return decided;
};

describe('the money overviews on a real database', () => {
  let budgeting: UseCasesUnderTest;
  const overview = () => budgeting.get(MoneyOverviewHandler);
  const commit = (decision: ApplicationDecidedV1) => budgeting.get(CommitDecisionHandler).execute({ decision });

  beforeAll(async () => {
    budgeting = await startUseCasesUnderTest({ manifest: budgetingManifest, label: 'budgeting_overview_db' });
  });
  afterAll(async () => {
    await budgeting?.stop();
  });
  beforeEach(async () => {
    await budgeting.query(`TRUNCATE ${TABLES}`);
  });

  it('shows action 5 of year 1 as published: EUR 3,389,566 over 92 governments, in the overview and its exports', async () => {
    // 91 governments at EUR 36,843 and one at EUR 36,853: EUR 3,389,566 in all.
    for (let index = 0; index < 92; index += 1) await commit(a05Decision(String(20000 + index), (index === 91 ? 36_853 : 36_843) * EUR));
    const action = findIndicator('A05')!.actionNumber;
    const [row, ...others] = await overview().actions(1);
    expect(others).toEqual([]);
    expect(row).toMatchObject({ actionNumber: action, committedCents: 3_389_566 * EUR, governments: 92, plannedReach: 92 * 750 });
    expect(await overview().indicators(1)).toEqual([
      expect.objectContaining({
        indicatorCode: 'A05',
        committedCents: 3_389_566 * EUR,
        governments: 92,
        approvedAdditionalReach: 92 * 700,
      }),
    ]);

    const csv = await budgeting.get(ExportMoneyOverviewHandler).execute({ projectYear: 1, level: 'action', format: 'csv' });
    expect(csv.fileName).toBe('financien-pj1-action.csv');
    const [header, line] = csv.content.toString('utf8').replace('\uFEFF', '').split('\r\n');
    expect(header).toBe('Actie;Naam;Vastgelegd (acties);Stimulansen;Besturen;Gepland (som van de doelen);Terug te vorderen;Teruggevorderd');
    expect(line).toBe(`${action};${row!.actionName};3389566,00;0,00;92;69000;0,00;0,00`);

    const xlsx = await budgeting.get(ExportMoneyOverviewHandler).execute({ projectYear: 1, level: 'action', format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.content as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Acties')!;
    expect(sheet.getRow(2).getCell(3).value).toBe(3_389_566);
    expect(sheet.getRow(2).getCell(5).value).toBe(92);
  });

  it('adds up budget, committed, paid, to be recovered, recovered and available, and each government with its ledger', async () => {
    await commit(testDecided('44021', [90_000 * EUR], { stimuliCents: 10_000 * EUR }));
    await commit(testDecided('11002', [40_000 * EUR]));
    await budgeting.as(ABB, () => budgeting.get(ReleasePaymentsHandler).execute({ projectYear: 1, releasedBy: ABB.subject }));
    await budgeting.get(RecordReportReviewHandler).execute({
      review: testReviewed('11002', [{ indicatorCode: 'A05', approvedAdditionalReach: 400, target: 400, realised: 300 }]),
    });
    await budgeting.get(RecordReportReviewHandler).execute({
      review: testReviewed('44021', [{ indicatorCode: 'A05', approvedAdditionalReach: 900, target: 900, realised: 450 }]),
    });
    const [antwerpen] = await budgeting.get(ListRecoveriesHandler).execute({ projectYear: 1, governmentCode: '11002' });
    await budgeting.as(ABB, () =>
      budgeting.get(DecideRecoveryHandler).execute({ recoveryId: antwerpen!.recoveryId, outcome: 'confirmed', decidedBy: ABB.subject }),
    );

    expect(await overview().year(1)).toEqual({
      projectYear: 1,
      budgetCents: 14_136_359 * EUR,
      proposedCents: 0,
      committedCents: 140_000 * EUR,
      paidCents: 70_000 * EUR,
      dueCents: 70_000 * EUR,
      // Gent: half of EUR 90,000; Antwerpen's 25% of 40,000 was confirmed.
      toBeRecoveredCents: 45_000 * EUR,
      recoveredCents: 10_000 * EUR,
      availableCents: (14_136_359 - 140_000) * EUR,
      governments: 2,
      ledger: expect.objectContaining({ balanced: true }),
    });
    expect(
      (await overview().governments(1)).map((row) => [row.governmentCode, row.paidCents, row.toBePaidCents, row.recoveredCents]),
    ).toEqual([
      ['11002', 20_000 * EUR, 20_000 * EUR, 10_000 * EUR],
      ['44021', 50_000 * EUR, 50_000 * EUR, 0],
    ]);
    const ledger = await overview().governmentLedger(1, '11002');
    expect(ledger.transactions.map((transaction) => transaction.kind)).toEqual(['commitment', 'payment', 'recovery']);
    expect(ledger.transactions[1]!.entries).toEqual([
      { account: 'commitments:11002', debitCents: 20_000 * EUR, creditCents: 0 },
      { account: 'payments-to:BE68539007547034', debitCents: 0, creditCents: 20_000 * EUR },
    ]);
    const exported = await budgeting
      .get(ExportMoneyOverviewHandler)
      .execute({ projectYear: 1, level: 'ledger', format: 'csv', governmentCode: '11002' });
    expect(exported.content.toString('utf8').split('\r\n').filter(Boolean)).toHaveLength(1 + 6);
    await expect(budgeting.get(ExportMoneyOverviewHandler).execute({ projectYear: 1, level: 'ledger', format: 'csv' })).rejects.toThrow(
      RuleViolation,
    );
  });
});

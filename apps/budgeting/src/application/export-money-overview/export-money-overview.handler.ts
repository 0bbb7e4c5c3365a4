import { Injectable } from '@nestjs/common';
import { RuleViolation } from '#domain';
import { CONTENT_TYPES, tableToCsv, tableToXlsx, type ExportFormat, type ExportTable } from '#platform';
import { MoneyOverviewHandler } from '../get-money-overview/money-overview.handler.js';

export const MONEY_LEVELS = ['year', 'government', 'action', 'indicator', 'ledger'] as const;
export type MoneyLevel = (typeof MONEY_LEVELS)[number];

export interface ExportMoneyQuery {
  projectYear: number;
  level: MoneyLevel;
  format: ExportFormat;
  /** For 'government' (only this one) and required for 'ledger'. */
  governmentCode?: string;
}

export interface ExportedFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

const euro = (header: string) => ({ header, kind: 'euro' as const });
const integer = (header: string) => ({ header, kind: 'integer' as const });
const text = (header: string) => ({ header, kind: 'text' as const });

/** Every money overview as a spreadsheet (Dutch headers, euro amounts): the rows the overview endpoints answer. */
@Injectable()
export class ExportMoneyOverviewHandler {
  constructor(private readonly overview: MoneyOverviewHandler) {}

  async execute(query: ExportMoneyQuery): Promise<ExportedFile> {
    if (query.level === 'ledger' && query.governmentCode === undefined)
      throw RuleViolation.at('governmentCode', 'the ledger is exported per government; name it');
    const table = await this.table(query);
    const suffix = query.level === 'ledger' || (query.level === 'government' && query.governmentCode) ? `-${query.governmentCode}` : '';
    return {
      fileName: `financien-pj${query.projectYear}-${query.level}${suffix}.${query.format}`,
      contentType: CONTENT_TYPES[query.format],
      content: query.format === 'xlsx' ? await tableToXlsx(table) : tableToCsv(table),
    };
  }

  private async table({ projectYear, level, governmentCode }: ExportMoneyQuery): Promise<ExportTable> {
    const title = `Plan Samenleven, projectjaar ${projectYear}`;
    switch (level) {
      case 'year': {
        const year = await this.overview.year(projectYear);
        return {
          sheetName: 'Projectjaar',
          title,
          columns: [
            integer('Projectjaar'),
            euro('Budget'),
            euro('Voorgesteld'),
            euro('Vastgelegd'),
            euro('Uitbetaald'),
            euro('Betaalbaar gesteld'),
            euro('Terug te vorderen'),
            euro('Teruggevorderd'),
            euro('Beschikbaar'),
            integer('Besturen'),
          ],
          rows: [
            [
              year.projectYear,
              year.budgetCents,
              year.proposedCents,
              year.committedCents,
              year.paidCents,
              year.dueCents,
              year.toBeRecoveredCents,
              year.recoveredCents,
              year.availableCents,
              year.governments,
            ],
          ],
        };
      }
      case 'government': {
        const rows = await this.overview.governments(projectYear, governmentCode);
        return {
          sheetName: 'Besturen',
          title,
          columns: [
            text('Bestuur (NIS-code)'),
            euro('Vastgelegd'),
            euro('Waarvan acties'),
            euro('Waarvan stimulansen'),
            euro('Uitbetaald'),
            euro('Betaalbaar gesteld'),
            euro('Nog te betalen'),
            euro('Terug te vorderen'),
            euro('Teruggevorderd'),
            euro('Cofinanciering verplicht'),
            euro('Cofinanciering opgegeven'),
            text('Cofinanciering'),
          ],
          rows: rows.map((row) => [
            row.governmentCode,
            row.committedCents,
            row.linesCents,
            row.stimuliCents,
            row.paidCents,
            row.dueCents,
            row.toBePaidCents,
            row.toBeRecoveredCents,
            row.recoveredCents,
            row.cofinancingObligationCents,
            row.cofinancingDeclaredCents,
            { covered: 'gedekt', shortfall: 'tekort', 'not-declared': 'niet opgegeven' }[row.cofinancingStatus],
          ]),
        };
      }
      case 'action': {
        const rows = await this.overview.actions(projectYear);
        return {
          sheetName: 'Acties',
          title,
          columns: [
            integer('Actie'),
            text('Naam'),
            euro('Vastgelegd (acties)'),
            euro('Stimulansen'),
            integer('Besturen'),
            integer('Gepland (som van de doelen)'),
            euro('Terug te vorderen'),
            euro('Teruggevorderd'),
          ],
          rows: rows.map((row) => [
            row.actionNumber,
            row.actionName,
            row.committedCents,
            row.stimuliCents,
            row.governments,
            row.plannedReach,
            row.toBeRecoveredCents,
            row.recoveredCents,
          ]),
        };
      }
      case 'indicator': {
        const rows = await this.overview.indicators(projectYear);
        return {
          sheetName: 'Indicatoren',
          title,
          columns: [
            text('Indicator'),
            text('Eenheid'),
            integer('Actie'),
            euro('Vastgelegd'),
            integer('Besturen'),
            integer('Gepland (som van de doelen)'),
            integer('Extra goedgekeurd bereik'),
            euro('Terug te vorderen'),
            euro('Teruggevorderd'),
          ],
          rows: rows.map((row) => [
            row.indicatorCode,
            row.unit,
            row.actionNumber,
            row.committedCents,
            row.governments,
            row.plannedReach,
            row.approvedAdditionalReach,
            row.toBeRecoveredCents,
            row.recoveredCents,
          ]),
        };
      }
      case 'ledger': {
        const ledger = await this.overview.governmentLedger(projectYear, governmentCode ?? '');
        return {
          sheetName: 'Grootboek',
          title: `${title}, bestuur ${governmentCode}`,
          columns: [text('Geboekt op'), text('Soort'), text('Omschrijving'), text('Rekening'), euro('Debet'), euro('Credit')],
          rows: ledger.transactions.flatMap((transaction) =>
            transaction.entries.map((entry) => [
              transaction.bookedAt,
              transaction.kind,
              transaction.description,
              entry.account,
              entry.debitCents,
              entry.creditCents,
            ]),
          ),
        };
      }
    }
  }
}

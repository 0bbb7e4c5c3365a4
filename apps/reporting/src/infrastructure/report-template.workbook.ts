import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { RuleViolation } from '#domain';
import {
  cellName,
  COLUMNS,
  DATA_SHEET,
  FIRST_DATA_ROW,
  GOVERNMENT_CELL,
  HEADER_ROW,
  INSTRUCTIONS_SHEET,
  MAX_ACHIEVED,
  MAX_EXTRA_ROWS,
  MAX_MOTIVATION_LENGTH,
  METADATA_KEYS,
  METADATA_SHEET,
  NIL_NO,
  NIL_YES,
  PERIOD_CELL,
  TEMPLATE_VERSION,
  type CellValue,
  type DataRowCells,
  type ReportTemplate,
} from '../domain/report-template.js';
import { xlsxArchiveProblem } from './xlsx-archive.js';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What a workbook holds that the template rules read back (see readTemplateMetadata and readReportLines). */
export interface TemplateCells {
  /** The metadata sheet's key (column A) and value (column B) pairs; null when there is no such sheet. */
  metadata: Record<string, CellValue> | null;
  hasDataSheet: boolean;
  dataRows: DataRowCells[];
}

const dutchDate = (isoDate: string): string =>
  new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );

const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

/**
 * Locked cells stay locked, the input cells are not; no password (a government that needs to can lift the
 * protection; the upload checks every cell anyway), and selecting and resizing stay allowed.
 */
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

/** A cell as the rules read it: a formula by its cached result, rich text and hyperlinks by their text. */
export const plainCellValue = (value: ExcelJS.CellValue | undefined): CellValue => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('error' in value) return { error: String(value.error) };
  if ('result' in value) return plainCellValue(value.result as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return typeof value.text === 'string' ? value.text : plainCellValue(value.text);
  return null;
};

/** Writes a government's template for a period and reads a filled one back, with exceljs. */
@Injectable()
export class ReportTemplateWorkbook {
  async write(template: ReportTemplate): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Plan Samenleven (Agentschap Binnenlands Bestuur)';
    this.writeDataSheet(workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] }), template);
    this.writeInstructions(workbook.addWorksheet(INSTRUCTIONS_SHEET), template);
    await this.writeMetadata(workbook.addWorksheet(METADATA_SHEET, { state: 'veryHidden' }), template);
    await workbook.getWorksheet(DATA_SHEET)!.protect('', PROTECTION);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  /** The cells of an uploaded workbook, or a 400 when it is no .xlsx that can be opened. */
  async read(file: Buffer): Promise<TemplateCells> {
    const problem = xlsxArchiveProblem(file);
    if (problem !== null) throw RuleViolation.at('body', problem);
    const workbook = new ExcelJS.Workbook();
    try {
      // A copy as a plain ArrayBuffer, which JSZip reads as well as a Buffer (exceljs's typings want one).
      await workbook.xlsx.load(new Uint8Array(file).buffer);
    } catch {
      throw RuleViolation.at(
        'body',
        'geen Excel-werkmap (.xlsx) die geopend kan worden: sla het sjabloon op als Excel-werkmap en laad het opnieuw op',
      );
    }
    const metadataSheet = workbook.getWorksheet(METADATA_SHEET);
    const dataSheet = workbook.getWorksheet(DATA_SHEET);
    const metadata =
      metadataSheet === undefined
        ? null
        : Object.fromEntries(
            Object.values(METADATA_KEYS).flatMap((key) => {
              for (let row = 1; row <= Math.min(metadataSheet.rowCount, 20); row++)
                if (plainCellValue(metadataSheet.getCell(row, 1).value) === key)
                  return [[key, plainCellValue(metadataSheet.getCell(row, 2).value)]];
              return [];
            }),
          );
    const dataRows: DataRowCells[] = [];
    if (dataSheet !== undefined) {
      const codes = metadata?.[METADATA_KEYS.indicatorCodes];
      const indicatorRows = typeof codes === 'string' ? codes.split(',').length : 0;
      const last = Math.min(dataSheet.rowCount, FIRST_DATA_ROW + indicatorRows + MAX_EXTRA_ROWS);
      for (let row = FIRST_DATA_ROW; row <= last; row++) {
        const value = (column: string): CellValue => plainCellValue(dataSheet.getCell(`${column}${row}`).value);
        dataRows.push({
          row,
          indicator: value(COLUMNS.indicator),
          achieved: value(COLUMNS.achieved),
          nil: value(COLUMNS.nil),
          motivation: value(COLUMNS.motivation),
        });
      }
    }
    return { metadata, hasDataSheet: dataSheet !== undefined, dataRows };
  }

  private writeDataSheet(sheet: ExcelJS.Worksheet, template: ReportTemplate): void {
    const { metadata, period, previousVersion } = template;
    sheet.columns = [
      { key: COLUMNS.indicator, width: 18 },
      { key: COLUMNS.unit, width: 50 },
      { key: COLUMNS.target, width: 16 },
      { key: COLUMNS.achieved, width: 20 },
      { key: COLUMNS.nil, width: 14 },
      { key: COLUMNS.motivation, width: 60 },
      { key: COLUMNS.expected, width: 20 },
      { key: COLUMNS.lastReported, width: 20 },
    ];
    sheet.getCell('A1').value = 'Rapportering Plan Samenleven';
    sheet.getCell('A1').font = { bold: true, size: 14 };
    sheet.getCell('A2').value = 'Bestuur';
    sheet.getCell(GOVERNMENT_CELL).value = metadata.governmentCode;
    sheet.getCell('A3').value = 'Periode';
    sheet.getCell(PERIOD_CELL).value = metadata.periodCode;
    sheet.getCell('C3').value =
      `projectjaar ${period.projectYear}, van ${dutchDate(period.covers[0])} tot en met ${dutchDate(period.covers[1])}; ` +
      `in te dienen uiterlijk ${dutchDate(period.due)}`;
    sheet.getCell('A4').value = 'Vooraf ingevuld';
    sheet.getCell('B4').value =
      previousVersion === null
        ? 'nog geen rapportering voor deze periode'
        : `uw laatste rapportering voor deze periode (versie ${previousVersion})`;
    sheet.getCell('A5').value = `Vul de gele cellen in; lees eerst het blad ${INSTRUCTIONS_SHEET}.`;
    sheet.getCell('A5').font = { italic: true };

    const header = sheet.getRow(HEADER_ROW);
    const headings: [string, string][] = [
      [COLUMNS.indicator, 'Indicator'],
      [COLUMNS.unit, 'Eenheid'],
      [COLUMNS.target, 'Doel projectjaar'],
      [COLUMNS.achieved, 'Gerealiseerd totaal'],
      [COLUMNS.nil, `Nihil (${NIL_YES}/${NIL_NO})`],
      [COLUMNS.motivation, 'Motivering'],
      [COLUMNS.expected, 'Verwacht tegen einde periode'],
      [COLUMNS.lastReported, 'Laatst gerapporteerd'],
    ];
    for (const [column, heading] of headings) header.getCell(column).value = heading;
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'top' };
    header.eachCell((cell) => (cell.fill = HEADER_FILL));

    for (const line of template.rows) {
      const previous = line.previous;
      const row = sheet.getRow(line.row);
      row.getCell(COLUMNS.indicator).value = line.indicatorCode;
      row.getCell(COLUMNS.unit).value = line.unit;
      row.getCell(COLUMNS.unit).alignment = { wrapText: true, vertical: 'top' };
      row.getCell(COLUMNS.target).value = line.target;
      row.getCell(COLUMNS.expected).value = line.expected;
      row.getCell(COLUMNS.expected).numFmt = '0.00';
      row.getCell(COLUMNS.lastReported).value = previous === null ? null : (previous.achieved ?? 'nihil');

      const achieved = row.getCell(COLUMNS.achieved);
      achieved.value = previous?.achieved ?? null;
      achieved.dataValidation = {
        type: 'whole',
        operator: 'between',
        formulae: [0, MAX_ACHIEVED],
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: 'Geen geheel getal',
        error:
          `Vul het totaal in dat u tot nu toe bereikte: een geheel getal van 0 tot ${MAX_ACHIEVED}. ` +
          `Niets te melden? Kies ${NIL_YES} bij nihil.`,
        showInputMessage: true,
        promptTitle: 'Gerealiseerd totaal',
        prompt: 'Het totaal sinds het begin van het projectjaar, geen aantal sinds de vorige rapportering.',
      };
      const nil = row.getCell(COLUMNS.nil);
      nil.value = previous !== null && previous.achieved === null ? NIL_YES : NIL_NO;
      nil.dataValidation = {
        type: 'list',
        formulae: [`"${NIL_YES},${NIL_NO}"`],
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: 'Ja of Nee',
        error: `Kies ${NIL_YES} (niets te melden: laat het totaal dan leeg) of ${NIL_NO}.`,
      };
      const motivation = row.getCell(COLUMNS.motivation);
      motivation.value = previous?.motivation ?? null;
      motivation.alignment = { wrapText: true, vertical: 'top' };
      motivation.dataValidation = {
        type: 'textLength',
        operator: 'lessThanOrEqual',
        formulae: [MAX_MOTIVATION_LENGTH],
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: 'Te lang',
        error: `Een motivering telt hoogstens ${MAX_MOTIVATION_LENGTH} tekens.`,
      };
      for (const input of [achieved, nil, motivation]) {
        input.protection = { locked: false };
        input.fill = INPUT_FILL;
      }
    }
  }

  private writeInstructions(sheet: ExcelJS.Worksheet, { metadata, period, rows }: ReportTemplate): void {
    const first = FIRST_DATA_ROW;
    const last = first + rows.length - 1;
    const where = first === last ? `rij ${first}` : `rijen ${first} tot en met ${last}`;
    const lines: [string, boolean?][] = [
      ['Rapportering Plan Samenleven: instructies', true],
      [''],
      [
        `Dit sjabloon is voor bestuur ${metadata.governmentCode} en rapporteringsperiode ${metadata.periodCode} ` +
          `(projectjaar ${period.projectYear}, ${dutchDate(period.covers[0])} tot en met ${dutchDate(period.covers[1])}). ` +
          `Dien het in uiterlijk ${dutchDate(period.due)}.`,
      ],
      [''],
      ['Invullen', true],
      [
        `1. Op het blad ${DATA_SHEET} staat elke indicator die voor uw bestuur is goedgekeurd (${where}). ` +
          'U vult alleen de gele cellen in.',
      ],
      [
        `2. Kolom ${COLUMNS.achieved}, Gerealiseerd totaal: het totaal dat u sinds het begin van het projectjaar bereikte, ` +
          `als geheel getal van 0 of meer. Het is een lopend totaal, geen aantal sinds de vorige rapportering.`,
      ],
      [
        `3. Kolom ${COLUMNS.nil}, Nihil: kies ${NIL_YES} als u voor een indicator (nog) niets kunt melden, en laat het totaal leeg. ` +
          `Nihil is iets anders dan 0: 0 betekent "geteld, en niemand bereikt". Anders blijft het ${NIL_NO}.`,
      ],
      [
        `4. Kolom ${COLUMNS.motivation}, Motivering: leg uit waarom een resultaat achterblijft. Bij de jaarrapportering is een ` +
          'motivering nodig voor elke indicator onder het doel; bij de tussentijdse rapportering ' +
          'voor elke indicator onder 25% van het doel ' +
          '(die mag nog volgen tot de tussentijdse beoordeling). Hoogstens 4000 tekens.',
      ],
      [
        `5. Kolom ${COLUMNS.target} is het doel van het projectjaar, kolom ${COLUMNS.expected} wat tegen het einde van deze periode ` +
          'verwacht wordt (het doel maal het deel van het projectjaar dat dan verstreken is), kolom ' +
          `${COLUMNS.lastReported} wat u voor deze periode het laatst rapporteerde. Die cellen zijn vergrendeld.`,
      ],
      [
        '6. Hebt u voor deze periode al gerapporteerd, dan zijn de gele cellen ingevuld met die rapportering: ' +
          'pas aan wat veranderde. Een nieuwe versie vervangt de vorige in alle cijfers.',
      ],
      [''],
      ['Opladen', true],
      [
        '7. Sla het bestand op als Excel-werkmap (.xlsx, hoogstens 2 MB) en laad het op in het platform ' +
          `(POST /reports/upload). Voeg geen rijen of bladen toe, verplaats geen rijen en wijzig de indicatorcodes niet.`,
      ],
      [
        '8. Klopt er iets niet, dan wordt niets bewaard en krijgt u elke fout met het blad en de cel, bijvoorbeeld ' +
          `"${cellName(COLUMNS.achieved, first)}: geen geheel getal". Verbeter de cellen en laad het bestand opnieuw op.`,
      ],
      [
        '9. Gebruik voor een andere periode of een ander bestuur een nieuw sjabloon (GET /reports/template). ' +
          `Sjabloonversie ${TEMPLATE_VERSION}.`,
      ],
    ];
    sheet.getColumn(1).width = 120;
    lines.forEach(([text, bold], index) => {
      const cell = sheet.getCell(index + 1, 1);
      cell.value = text;
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (bold) cell.font = { bold: true, size: index === 0 ? 14 : 12 };
    });
  }

  private async writeMetadata(sheet: ExcelJS.Worksheet, { metadata, seal }: ReportTemplate): Promise<void> {
    sheet.addRows([
      [METADATA_KEYS.governmentCode, metadata.governmentCode],
      [METADATA_KEYS.periodCode, metadata.periodCode],
      [METADATA_KEYS.templateVersion, metadata.templateVersion],
      [METADATA_KEYS.indicatorCodes, metadata.indicatorCodes.join(',')],
      [METADATA_KEYS.seal, seal],
    ]);
    await sheet.protect('', {});
  }
}

import { Injectable } from '@nestjs/common';
import { findIndicator, findProjectYear, findReportingPeriod } from '#catalogue';
import { NotFound, RuleViolation } from '#domain';
import { UnitOfWork } from '#persistence';
import { describeTemplate, type TemplateTarget } from '../../domain/report-template.js';
import { CommittedTargetRepository } from '../../infrastructure/committed-target.repository.js';
import { ReportRepository } from '../../infrastructure/report.repository.js';
import { ReportTemplateWorkbook } from '../../infrastructure/report-template.workbook.js';
import type { GetReportTemplateQuery } from './get-report-template.query.js';

export interface ReportTemplateFile {
  fileName: string;
  content: Buffer;
}

/** The Excel template a government fills for a period: its approved indicators and targets, and its latest report for that period. */
@Injectable()
export class GetReportTemplateHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly targets: CommittedTargetRepository,
    private readonly reports: ReportRepository,
    private readonly workbook: ReportTemplateWorkbook,
  ) {}

  async execute({ governmentCode, periodCode }: GetReportTemplateQuery): Promise<ReportTemplateFile> {
    const period = findReportingPeriod(periodCode);
    const projectYear = period && findProjectYear(period.projectYear);
    if (!period || !projectYear) throw RuleViolation.at('periodCode', `${periodCode} is geen rapporteringsperiode van Plan Samenleven`);
    // Targets and report from one snapshot, so a template never mixes a decision with a report from before it.
    const { targets, previous } = await this.unitOfWork.snapshot(async () => ({
      targets: await this.targets.ofGovernment(governmentCode, period.projectYear),
      previous: await this.reports.latestVersion(governmentCode, periodCode),
    }));
    if (targets.length === 0)
      throw new NotFound(
        `governmentCode: lokaal bestuur ${governmentCode} heeft geen goedgekeurde doelstellingen in projectjaar ${period.projectYear}, ` +
          'dus er valt niets te rapporteren',
      );
    const template = describeTemplate({
      governmentCode,
      period: {
        code: period.code,
        projectYear: period.projectYear,
        covers: period.covers,
        due: period.due,
        yearStart: projectYear.start,
        yearEnd: projectYear.end,
      },
      targets: targets.map(({ indicatorCode, target }): TemplateTarget => {
        const indicator = findIndicator(indicatorCode);
        return {
          indicatorCode,
          target,
          unit: indicator?.unit ?? indicatorCode,
          actionNumber: indicator?.actionNumber ?? Number.MAX_SAFE_INTEGER,
        };
      }),
      previous,
    });
    return { fileName: `rapportering-${governmentCode}-${periodCode}.xlsx`, content: await this.workbook.write(template) };
  }
}

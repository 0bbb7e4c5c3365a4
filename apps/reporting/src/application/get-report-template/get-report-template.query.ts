export interface GetReportTemplateQuery {
  governmentCode: string;
  periodCode: string;
}

import { Body, Controller, ForbiddenException, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { isUUID } from 'class-validator';
import { assertGovernmentAccess, canAccessGovernment, CurrentPrincipal, Roles, type Principal } from '#auth';
import { NotFound, RuleViolation } from '#domain';
import { ApiProblem } from '#platform';
import { ListBehindHandler, type BehindView } from '../../application/list-behind/list-behind.handler.js';
import { GetStatusesHandler, type IndicatorStatusView } from '../../application/get-statuses/get-statuses.handler.js';
import { ListReportsHandler, type ReportReviewView, type ReportView } from '../../application/list-reports/list-reports.handler.js';
import { ReviewReportHandler } from '../../application/review-report/review-report.handler.js';
import { SubmitReportHandler, type SubmittedReport } from '../../application/submit-report/submit-report.handler.js';
import { BehindQueryDto, StatusesQueryDto } from './figures.query.dto.js';
import { BehindResponse, IndicatorStatusResponse, ReportResponse, ReportReviewResponse, SubmittedReportResponse } from './reports.views.js';
import { ReportsQueryDto, ReviewReportDto, SubmitReportDto } from './submit-report.dto.js';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

@ApiTags('reports')
@ApiBearerAuth()
@Controller()
export class ReportsController {
  constructor(
    private readonly submitReport: SubmitReportHandler,
    private readonly listReports: ListReportsHandler,
    private readonly reviewReport: ReviewReportHandler,
    private readonly getStatuses: GetStatusesHandler,
    private readonly listBehind: ListBehindHandler,
  ) {}

  /** A government submits (a new version of) its result report; ABB may submit on its behalf. */
  @Post('reports')
  @HttpCode(201)
  @Roles('abb', 'government')
  @ApiOperation({
    summary: 'Submit a result report (a new version replaces the previous one in every figure); after the due date it is marked late',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Sent again with the same body: the same report (200); with another body: 409',
  })
  @ApiCreatedResponse({ type: SubmittedReportResponse })
  @ApiOkResponse({ type: SubmittedReportResponse, description: 'The same request again under its Idempotency-Key: the report it made' })
  @ApiProblem(
    400,
    'every problem at once: an indicator not approved for the government in the year, a figure not a whole number >= 0, ' +
      'the period not started yet, an annual figure below target without a motivation, a correction leaving out an indicator',
  )
  @ApiProblem(403, 'a government officer naming another government')
  @ApiProblem(409, 'the government has no approved targets in the year, or the Idempotency-Key was used for another request')
  async submit(
    @Body() body: SubmitReportDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SubmittedReport> {
    assertGovernmentAccess(principal, body.governmentCode);
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey))
      throw RuleViolation.at('Idempotency-Key', 'must be 1 to 200 visible ASCII characters (a UUID will do)');
    const submitted = await this.submitReport.execute({
      ...body,
      submittedBy: principal.subject,
      ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
    });
    if (submitted.replayed) response.status(200);
    return submitted;
  }

  @Get('reports')
  @Roles('abb', 'government')
  @ApiOperation({ summary: "A government's report versions with ABB's reviews and comments (ABB: every government's)" })
  @ApiOkResponse({ type: [ReportResponse] })
  @ApiProblem(400, 'a malformed government or period code')
  @ApiProblem(403, 'a government officer naming another government, or none')
  reports(@Query() query: ReportsQueryDto, @CurrentPrincipal() principal: Principal): Promise<ReportView[]> {
    if (query.governmentCode !== undefined) assertGovernmentAccess(principal, query.governmentCode);
    else if (principal.role !== 'abb')
      throw new ForbiddenException('governmentCode: name your own local government; only ABB sees them all');
    return this.listReports.execute(query);
  }

  @Get('reports/:id')
  @Roles('abb', 'government')
  @ApiOperation({ summary: "One report version with ABB's review and comments" })
  @ApiOkResponse({ type: ReportResponse })
  @ApiProblem(404, "no such report, or another government's")
  async report(@Param('id') reportId: string, @CurrentPrincipal() principal: Principal): Promise<ReportView> {
    const report = isUUID(reportId) ? await this.listReports.one(reportId) : null;
    // Another government's report is answered as if it did not exist: a guessed id tells nothing.
    if (!report || !canAccessGovernment(principal, report.governmentCode)) throw new NotFound(`report ${reportId} does not exist`);
    return report;
  }

  @Post('reports/:id/review')
  @HttpCode(201)
  @Roles('abb')
  @ApiOperation({
    summary:
      'ABB accepts the latest version of a report (naming the motivations it does not accept), ' +
      'or requests changes with a comment per indicator',
  })
  @ApiCreatedResponse({ type: ReportReviewResponse })
  @ApiProblem(
    400,
    'changes requested without a comment, a comment on an indicator the report does not report, or motivationsNotAccepted ' +
      'on a request for changes or naming an indicator the version does not motivate',
  )
  @ApiProblem(403, 'not ABB')
  @ApiProblem(404, 'no such report')
  @ApiProblem(409, 'a newer version replaced this one, or this version was reviewed already')
  review(
    @Param('id') reportId: string,
    @Body() body: ReviewReportDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReportReviewView> {
    if (!isUUID(reportId)) throw new NotFound(`reportId: no report ${reportId}`);
    return this.reviewReport.execute({
      reportId,
      outcome: body.outcome,
      comments: body.comments,
      ...(body.motivationsNotAccepted === undefined ? {} : { motivationsNotAccepted: body.motivationsNotAccepted }),
      reviewedBy: principal.subject,
    });
  }

  /** Status per indicator and period of one government. */
  @Get('statuses')
  @Roles('abb', 'government')
  @ApiOperation({
    summary:
      "A government's status per indicator and period (not-reported, at-risk, lagging, on-track, achieved) " +
      "with the interim review's at-risk flags",
  })
  @ApiOkResponse({ type: [IndicatorStatusResponse] })
  @ApiProblem(403, 'a government officer naming another government')
  statuses(@Query() query: StatusesQueryDto, @CurrentPrincipal() principal: Principal): Promise<IndicatorStatusView[]> {
    assertGovernmentAccess(principal, query.governmentCode);
    return this.getStatuses.execute(query);
  }

  /** ABB's follow-up list across all governments; a government or mentor has its own views. */
  @Get('statuses/behind')
  @Roles('abb')
  @ApiOperation({
    summary:
      'Every government x indicator x period that is lagging, at-risk (an open at-risk flag wins over lagging) or not reported, ' +
      'with achieved, target, expected and whether the return is overdue',
  })
  @ApiOkResponse({ type: [BehindResponse] })
  @ApiProblem(400, 'projectYear missing or not 1 to 3, an unknown status, or a malformed indicatorCode or periodCode')
  @ApiProblem(403, 'a government officer or mentor: only ABB sees every government')
  behind(@Query() query: BehindQueryDto): Promise<BehindView[]> {
    return this.listBehind.execute(query);
  }
}

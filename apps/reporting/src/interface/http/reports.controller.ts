import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { assertGovernmentAccess, CurrentPrincipal, Roles, type Principal } from '#auth';
import { GetStatusesHandler, type IndicatorStatusView } from '../../application/get-statuses/get-statuses.handler.js';
import { SubmitReportHandler, type SubmittedReport } from '../../application/submit-report/submit-report.handler.js';
import { StatusesQueryDto } from './figures.query.dto.js';
import { IndicatorStatusResponse, SubmittedReportResponse } from './reports.views.js';
import { SubmitReportDto } from './submit-report.dto.js';

@ApiTags('reports')
@ApiBearerAuth()
@Controller()
export class ReportsController {
  constructor(
    private readonly submitReport: SubmitReportHandler,
    private readonly getStatuses: GetStatusesHandler,
  ) {}

  /** A government submits (a new version of) its result report; ABB may submit on its behalf. */
  @Post('reports')
  @HttpCode(201)
  @Roles('abb', 'government')
  @ApiOperation({ summary: 'Submit a result report (a new version replaces the previous one in every figure)' })
  @ApiCreatedResponse({ type: SubmittedReportResponse })
  submit(@Body() body: SubmitReportDto, @CurrentPrincipal() principal: Principal): Promise<SubmittedReport> {
    assertGovernmentAccess(principal, body.governmentCode);
    return this.submitReport.execute({ ...body, submittedBy: principal.subject });
  }

  /** Status per indicator and period of one government. */
  @Get('statuses')
  @Roles('abb', 'government')
  @ApiOperation({ summary: "A government's status per indicator and period" })
  @ApiOkResponse({ type: [IndicatorStatusResponse] })
  statuses(@Query() query: StatusesQueryDto, @CurrentPrincipal() principal: Principal): Promise<IndicatorStatusView[]> {
    assertGovernmentAccess(principal, query.governmentCode);
    return this.getStatuses.execute(query);
  }
}

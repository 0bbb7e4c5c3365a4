import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { assertGovernmentAccess, CurrentPrincipal, Roles, type Principal } from '#auth';
import { NotFound } from '#domain';
import { ApiProblem } from '#platform';
import { GetReportDraftHandler, type ReportDraftView } from '../../application/get-report-draft/get-report-draft.handler.js';
import { SaveReportDraftHandler } from '../../application/save-report-draft/save-report-draft.handler.js';
import { ReportDraftResponse, SaveReportDraftDto } from './report-draft.dto.js';
import { GovernmentPeriodDto } from './submit-report.dto.js';

/** The officer's unsent report of a period: kept as typed, so it can be finished later or on another computer. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('report-drafts')
export class ReportDraftsController {
  constructor(
    private readonly getDraft: GetReportDraftHandler,
    private readonly saveDraft: SaveReportDraftHandler,
  ) {}

  @Get(':governmentCode/:periodCode')
  @Roles('abb', 'government')
  @ApiOperation({ summary: "A government's draft report of a period, as its officer typed it (not submitted, counted nowhere)" })
  @ApiOkResponse({ type: ReportDraftResponse })
  @ApiProblem(400, 'a malformed government or period code')
  @ApiProblem(403, 'a government officer naming another government')
  @ApiProblem(404, 'the government has no draft for the period')
  async draft(@Param() params: GovernmentPeriodDto, @CurrentPrincipal() principal: Principal): Promise<ReportDraftView> {
    assertGovernmentAccess(principal, params.governmentCode);
    const draft = await this.getDraft.execute(params.governmentCode, params.periodCode);
    if (!draft) throw new NotFound(`report draft: ${params.governmentCode} has none for ${params.periodCode}`);
    return draft;
  }

  @Put(':governmentCode/:periodCode')
  @Roles('abb', 'government')
  @ApiOperation({ summary: "Save a government's draft report of a period (replacing its earlier draft); nothing is reported by it" })
  @ApiOkResponse({ type: ReportDraftResponse })
  @ApiProblem(400, 'a malformed code, a period that is not one of the programme, an indicator given twice, a line too long')
  @ApiProblem(403, 'a government officer naming another government')
  save(
    @Param() params: GovernmentPeriodDto,
    @Body() body: SaveReportDraftDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ReportDraftView> {
    assertGovernmentAccess(principal, params.governmentCode);
    return this.saveDraft.execute({ ...params, lines: body.lines, savedBy: principal.subject });
  }

  @Delete(':governmentCode/:periodCode')
  @HttpCode(204)
  @Roles('abb', 'government')
  @ApiOperation({ summary: "Discard a government's draft report of a period (after submitting it, or to start again)" })
  @ApiNoContentResponse({ description: 'The draft is gone' })
  @ApiProblem(400, 'a malformed government or period code')
  @ApiProblem(403, 'a government officer naming another government')
  @ApiProblem(404, 'the government has no draft for the period')
  async discard(@Param() params: GovernmentPeriodDto, @CurrentPrincipal() principal: Principal): Promise<void> {
    assertGovernmentAccess(principal, params.governmentCode);
    if (!(await this.saveDraft.discard(params.governmentCode, params.periodCode)))
      throw new NotFound(`report draft: ${params.governmentCode} has none for ${params.periodCode}`);
  }
}

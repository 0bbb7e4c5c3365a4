import { Controller, ForbiddenException, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { assertGovernmentAccess, CurrentPrincipal, Roles, type Principal } from '#auth';
import { ApiProblem, CONTENT_TYPES } from '#platform';
import { ExportMoneyOverviewHandler } from '../../application/export-money-overview/export-money-overview.handler.js';
import {
  MoneyOverviewHandler,
  type ActionOverview,
  type GovernmentLedgerView,
  type GovernmentOverview,
  type IndicatorOverview,
  type YearOverview,
} from '../../application/get-money-overview/money-overview.handler.js';
import { GovernmentCodeParamDto, MoneyExportQueryDto, MoneyGovernmentsQueryDto, MoneyYearQueryDto } from './money-overview.dto.js';
import {
  ActionOverviewResponse,
  GovernmentLedgerResponse,
  GovernmentOverviewResponse,
  IndicatorOverviewResponse,
  YearOverviewResponse,
} from './money-overview.views.js';

/** ABB reads every figure; a government only its own (it must name itself). */
const checkAccess = (principal: Principal, governmentCode: string | undefined): void => {
  if (governmentCode === undefined) {
    if (principal.role !== 'abb')
      throw new ForbiddenException('governmentCode: a local government sees only its own figures; pass its code');
  } else assertGovernmentAccess(principal, governmentCode);
};

@ApiTags('money overview')
@ApiBearerAuth()
@Controller('money')
export class MoneyOverviewController {
  constructor(
    private readonly overview: MoneyOverviewHandler,
    private readonly exportOverview: ExportMoneyOverviewHandler,
  ) {}

  @Get('overview')
  @Roles('abb')
  @ApiOperation({ summary: 'The money of a project year: budget, proposed, committed, paid, to be recovered, recovered and available' })
  @ApiOkResponse({ type: YearOverviewResponse })
  @ApiProblem(400, 'projectYear is not 1, 2 or 3')
  @ApiProblem(403, 'not ABB')
  year(@Query() query: MoneyYearQueryDto): Promise<YearOverview> {
    return this.overview.year(query.projectYear);
  }

  @Get('governments')
  @Roles('abb', 'government')
  @ApiOperation({
    summary: 'Per government of a project year: committed, paid, due, to be paid, to be recovered, recovered and co-financing',
    description: 'A government officer sees only its own and must pass its governmentCode.',
  })
  @ApiOkResponse({ type: [GovernmentOverviewResponse] })
  @ApiProblem(400, 'projectYear or governmentCode is invalid')
  @ApiProblem(403, 'a government officer asked for every government or for another one')
  governments(@Query() query: MoneyGovernmentsQueryDto, @CurrentPrincipal() principal: Principal): Promise<GovernmentOverview[]> {
    checkAccess(principal, query.governmentCode);
    return this.overview.governments(query.projectYear, query.governmentCode);
  }

  @Get('governments/:governmentCode/ledger')
  @Roles('abb', 'government')
  @ApiOperation({ summary: "A government's figures of a project year with every ledger booking on its accounts, oldest first" })
  @ApiOkResponse({ type: GovernmentLedgerResponse })
  @ApiProblem(400, 'governmentCode or projectYear is invalid')
  @ApiProblem(403, 'a government officer asked for another government')
  ledger(
    @Param() params: GovernmentCodeParamDto,
    @Query() query: MoneyYearQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<GovernmentLedgerView> {
    assertGovernmentAccess(principal, params.governmentCode);
    return this.overview.governmentLedger(query.projectYear, params.governmentCode);
  }

  @Get('actions')
  @Roles('abb')
  @ApiOperation({ summary: 'Per action of a project year: committed subsidy, stimuli, governments (each once), planned reach, recoveries' })
  @ApiOkResponse({ type: [ActionOverviewResponse] })
  @ApiProblem(400, 'projectYear is not 1, 2 or 3')
  @ApiProblem(403, 'not ABB')
  actions(@Query() query: MoneyYearQueryDto): Promise<ActionOverview[]> {
    return this.overview.actions(query.projectYear);
  }

  @Get('indicators')
  @Roles('abb')
  @ApiOperation({ summary: 'Per indicator of a project year: committed subsidy, governments, planned and approved reach, recoveries' })
  @ApiOkResponse({ type: [IndicatorOverviewResponse] })
  @ApiProblem(400, 'projectYear is not 1, 2 or 3')
  @ApiProblem(403, 'not ABB')
  indicators(@Query() query: MoneyYearQueryDto): Promise<IndicatorOverview[]> {
    return this.overview.indicators(query.projectYear);
  }

  @Get('export')
  @Roles('abb', 'government')
  @ApiOperation({
    summary: 'Any money overview as a spreadsheet: xlsx, or CSV (UTF-8, ";" between cells, euro amounts with a decimal comma)',
    description:
      'level year, action and indicator are for ABB; government and ledger a government officer may export for itself ' +
      '(ledger needs governmentCode).',
  })
  @ApiProduces(CONTENT_TYPES.xlsx, CONTENT_TYPES.csv)
  @ApiOkResponse({
    description: 'The file, with Content-Disposition: attachment; filename="financien-pj1-action.csv"',
    content: {
      [CONTENT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } },
      [CONTENT_TYPES.csv]: {
        schema: { type: 'string' },
        example:
          'Actie;Naam;Vastgelegd (acties);Stimulansen;Besturen;Gepland (som van de doelen);Terug te vorderen;Teruggevorderd\r\n' +
          '5;Nederlands oefenen;3389566,00;0,00;92;68429;0,00;0,00\r\n',
      },
    },
  })
  @ApiProblem(400, 'projectYear, level, format or governmentCode is invalid (ledger needs governmentCode)')
  @ApiProblem(403, 'a government officer asked for a programme-wide level or for another government')
  async export(@Query() query: MoneyExportQueryDto, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    const own = query.level === 'government' || query.level === 'ledger';
    if (!own && principal.role !== 'abb')
      throw new ForbiddenException(`level: ${query.level} is for ABB; a local government exports government or ledger`);
    if (own) checkAccess(principal, query.governmentCode);
    const file = await this.exportOverview.execute(query);
    return new StreamableFile(file.content, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
      length: file.content.length,
    });
  }
}

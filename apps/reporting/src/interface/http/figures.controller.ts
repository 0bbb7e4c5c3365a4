import { Controller, ForbiddenException, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { assertGovernmentAccess, CurrentPrincipal, Roles, type Principal } from '#auth';
import { ApiProblem } from '#platform';
import { CONTENT_TYPES, ExportFiguresHandler } from '../../application/export-figures/export-figures.handler.js';
import { GetFiguresHandler, type FigureView } from '../../application/get-figures/get-figures.handler.js';
import { FiguresExportQueryDto, FiguresQueryDto } from './figures.query.dto.js';
import { FigureResponse } from './reports.views.js';

/** ABB sees every figure; a government officer only its own, and so must name its government. */
const checkAccess = (principal: Principal, governmentCode: string | undefined): void => {
  if (governmentCode !== undefined) assertGovernmentAccess(principal, governmentCode);
  else if (principal.role !== 'abb')
    throw new ForbiddenException(
      "governmentCode: a local government sees only its own figures; pass its code (only ABB sees the programme's)",
    );
};

const LEVELS_DESCRIPTION =
  'level indicator (default), action, objective or year: the totals of that level, programme-wide, or of one government with ' +
  'governmentCode; level government: one row per government (its whole year). Realised counts, per government and indicator, ' +
  'the latest period of the year (the annual report once it exists, else the interim; reports are running totals), in its ' +
  'latest version; a nil return counts as reported with nothing realised. Updated in the same transaction as each report.';

@ApiTags('figures')
@ApiBearerAuth()
@Controller('figures')
export class FiguresController {
  constructor(
    private readonly getFigures: GetFiguresHandler,
    private readonly exportFigures: ExportFiguresHandler,
  ) {}

  @Get()
  @Roles('abb', 'government')
  @ApiOperation({
    summary: 'Planned, realised, governments and targets reached per indicator, action, objective, year or government',
    description: LEVELS_DESCRIPTION,
  })
  @ApiOkResponse({ type: [FigureResponse] })
  @ApiProblem(400, 'projectYear, level or governmentCode is invalid')
  @ApiProblem(403, 'a government officer asked for the programme-wide figures or for another government')
  figures(@Query() query: FiguresQueryDto, @CurrentPrincipal() principal: Principal): Promise<FigureView[]> {
    checkAccess(principal, query.governmentCode);
    return this.getFigures.execute(query);
  }

  @Get('export')
  @Roles('abb', 'government')
  @ApiOperation({
    summary: 'The same figures as a spreadsheet: xlsx, or CSV (UTF-8, ";" between cells, decimal comma)',
    description: `${LEVELS_DESCRIPTION} The file has one row per row of GET /figures, with Dutch column headers.`,
  })
  @ApiProduces(CONTENT_TYPES.xlsx, CONTENT_TYPES.csv)
  @ApiOkResponse({
    description: 'The file, with Content-Disposition: attachment; filename="cijfers-pj1-indicator.csv"',
    content: {
      [CONTENT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } },
      [CONTENT_TYPES.csv]: {
        schema: { type: 'string' },
        example:
          'Projectjaar;Indicator;Eenheid;Actie;Doelstelling;Gepland (som van de doelen);Gerealiseerd;% gerealiseerd;' +
          'Besturen met een doel;Besturen die rapporteerden;Doelen (bestuur x indicator);Doelen gerapporteerd;' +
          'Doelen bereikt;% doelen bereikt\r\n' +
          '1;A05;volwassen anderstalige die deelneemt aan een oefenkans;5;2;3000;600;20;2;1;2;1;0;0\r\n',
      },
    },
  })
  @ApiProblem(400, 'projectYear, level, governmentCode or format is invalid')
  @ApiProblem(403, 'a government officer asked for the programme-wide figures or for another government')
  async export(@Query() query: FiguresExportQueryDto, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    checkAccess(principal, query.governmentCode);
    const file = await this.exportFigures.execute(query);
    return new StreamableFile(file.content, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
      length: file.content.length,
    });
  }
}

import {
  Controller,
  ForbiddenException,
  Get,
  HttpCode,
  Post,
  Query,
  Req,
  StreamableFile,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { assertGovernmentAccess, canAccessGovernment, CurrentPrincipal, Roles, type Principal } from '#auth';
import { RuleViolation } from '#domain';
import { ApiProblem } from '#platform';
import { GetReportTemplateHandler } from '../../application/get-report-template/get-report-template.handler.js';
import { UploadReportHandler } from '../../application/upload-report/upload-report.handler.js';
import type { SubmittedReport } from '../../application/submit-report/submit-report.handler.js';
import { XLSX_MEDIA_TYPE } from '../../infrastructure/report-template.workbook.js';
import { MAX_XLSX_BYTES } from '../../infrastructure/xlsx-archive.js';
import { ReportTemplateQueryDto, UploadReportQueryDto } from './report-template.dto.js';
import { SubmittedReportResponse } from './reports.views.js';
import { XLSX_BODY_TYPES } from './xlsx-body.middleware.js';

const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
const BINARY = { type: 'string', format: 'binary' };

/** Reporting with the Excel template, the format governments use today: download it prefilled, upload it filled. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportTemplateController {
  constructor(
    private readonly getTemplate: GetReportTemplateHandler,
    private readonly uploadReport: UploadReportHandler,
  ) {}

  @Get('template')
  @Roles('abb', 'government')
  @ApiOperation({
    summary: 'Download the Excel template of a government and period, prefilled with its approved indicators',
    description:
      'An .xlsx with a sheet `Rapportering` (per approved indicator: unit, target, expected by the end of the period, ' +
      'the latest reported value; yellow input cells for the total, a nil return and a motivation, with cell validation; ' +
      'everything else locked) and a sheet `Instructies` in Dutch. A hidden sheet identifies the template for the upload. ' +
      'When the government already reported for the period, the input cells hold that report, so a correction changes only what changed.',
  })
  @ApiProduces(XLSX_MEDIA_TYPE)
  @ApiOkResponse({
    description: 'the template, as an attachment `rapportering-<government>-<period>.xlsx`',
    content: { [XLSX_MEDIA_TYPE]: { schema: BINARY } },
  })
  @ApiProblem(400, 'governmentCode or periodCode is invalid, or the period is not one of the programme')
  @ApiProblem(403, 'the token is not for this government')
  @ApiProblem(404, 'the government has no approved targets in the project year of the period')
  async downloadTemplate(@Query() query: ReportTemplateQueryDto, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    assertGovernmentAccess(principal, query.governmentCode);
    const file = await this.getTemplate.execute(query);
    return new StreamableFile(file.content, {
      type: XLSX_MEDIA_TYPE,
      disposition: `attachment; filename="${file.fileName}"`,
      length: file.content.length,
    });
  }

  @Post('upload')
  @HttpCode(201)
  @Roles('abb', 'government')
  @ApiOperation({
    summary: 'Submit a report by uploading a filled Excel template (the same rules as POST /reports)',
    description:
      `The file as the body (\`--data-binary @file.xlsx\`), sent as ${XLSX_MEDIA_TYPE} (or application/octet-stream), at most ` +
      `${MAX_XLSX_BYTES} bytes. Every wrong cell is named with its sheet and cell in the 400 (\`Rapportering!D7: geen geheel getal\`), ` +
      'and nothing is stored unless the whole file is right. A new upload for the same period is the next version.',
  })
  @ApiConsumes(XLSX_MEDIA_TYPE)
  @ApiBody({ description: 'the filled template', schema: BINARY })
  @ApiCreatedResponse({ type: SubmittedReportResponse })
  @ApiProblem(
    400,
    'every wrong cell, e.g. `Rapportering!D7: geen geheel getal`; or the file is no .xlsx, no template of the programme ' +
      '(metadata missing or changed, an older layout), or not for the government or period asked for; nothing was stored',
  )
  @ApiProblem(403, 'the template is for a government the token is not for')
  @ApiProblem(409, 'the government has no approved targets in the project year of the period')
  @ApiResponse({ status: 413, description: `the file is larger than ${MAX_XLSX_BYTES} bytes`, content: PROBLEM })
  @ApiResponse({ status: 415, description: `the body is not sent as ${XLSX_MEDIA_TYPE}`, content: PROBLEM })
  async uploadTemplate(
    @Req() request: Request,
    @Query() query: UploadReportQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SubmittedReport> {
    // Read from the request, not through @Body(): the validation pipe would walk a Buffer byte by byte.
    const body: unknown = request.body;
    if (!Buffer.isBuffer(body))
      throw new UnsupportedMediaTypeException(`stuur het ingevulde sjabloon als body, met Content-Type: ${XLSX_BODY_TYPES[0]}`);
    const template = await this.uploadReport.open(body);
    // Access first: a government learns nothing about the cells of another's template.
    if (!canAccessGovernment(principal, template.metadata.governmentCode))
      throw new ForbiddenException(
        `dit sjabloon is voor lokaal bestuur ${template.metadata.governmentCode}; u rapporteert voor ` +
          `${principal.role === 'government' ? principal.governmentCodes.join(', ') : 'geen lokaal bestuur'}`,
      );
    if (query.periodCode !== undefined && query.periodCode !== template.metadata.periodCode)
      throw RuleViolation.at('periodCode', `dit sjabloon is voor periode ${template.metadata.periodCode}, niet voor ${query.periodCode}`);
    return this.uploadReport.execute({ template, submittedBy: principal.subject });
  }
}

import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, UnsupportedMediaTypeException } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiCreatedResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '#auth';
import { GetGovernmentHandler } from '../../application/get-government/get-government.handler.js';
import { ImportGovernmentsHandler } from '../../application/import-governments/import-governments.handler.js';
import type { ImportGovernmentsResult } from '../../application/import-governments/import-governments.command.js';
import type { GovernmentView } from '../../application/list-governments/government-view.js';
import { ListGovernmentsHandler } from '../../application/list-governments/list-governments.handler.js';
import type { ContactsVisibleTo } from '../../application/list-governments/list-governments.query.js';
import { RegisterGovernmentHandler } from '../../application/register-government/register-government.handler.js';
import { UpdateGovernmentHandler } from '../../application/update-government/update-government.handler.js';
import type { LocalGovernment } from '../../domain/local-government.js';
import { ApiProblem } from '#platform';
import { MAX_CSV_BYTES } from './csv-body.middleware.js';
import { GovernmentViewDto, ImportResultDto } from './government-view.dto.js';
import {
  GovernmentCodeParams,
  ImportGovernmentsQueryDto,
  ListGovernmentsQueryDto,
  RegisterGovernmentDto,
  UpdateGovernmentDto,
} from './register-government.dto.js';

const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };

const IMPORT_EXAMPLE = [
  'code;kboNumber;name;province;inhabitants;nonEuOriginInhabitants;contactName;contactEmail;contactPhone;contactRole',
  '44021;;;;;;Dienst Samenleven Gent;samenleven@gent.example;+32 9 210 10 10;primary',
  '44021;;;;;;Financiën Gent;financien@gent.example;;finance',
  '12025;;;;;;Samenleven Mechelen;samenleven@mechelen.example;;primary',
].join('\n');

/** ABB sees every government's contact persons; an officer only those of its own government (or governments). */
const contactsVisibleTo = (principal: Principal): ContactsVisibleTo => (principal.role === 'abb' ? 'all' : principal.governmentCodes);

@ApiTags('local governments')
@ApiBearerAuth()
@Controller('governments')
export class GovernmentsController {
  constructor(
    private readonly registerGovernment: RegisterGovernmentHandler,
    private readonly updateGovernment: UpdateGovernmentHandler,
    private readonly importGovernments: ImportGovernmentsHandler,
    private readonly listGovernments: ListGovernmentsHandler,
    private readonly getGovernment: GetGovernmentHandler,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('abb')
  @ApiOperation({ summary: 'Register a government the shipped register lacks (announced as government-registered v2)' })
  @ApiCreatedResponse({ type: GovernmentViewDto })
  @ApiProblem(400, 'a field is invalid, e.g. the KBO check digits')
  @ApiProblem(409, 'the code or the KBO number is already registered')
  register(@Body() body: RegisterGovernmentDto): Promise<LocalGovernment> {
    return this.registerGovernment.execute(body);
  }

  @Post('import')
  @HttpCode(200)
  @Roles('abb')
  @ApiOperation({
    summary: 'Import governments and contact persons from a CSV file, all or nothing and idempotent',
    description:
      `UTF-8 (with or without BOM), \`;\` between cells, a header naming the columns (code required; see the README). ` +
      `One row per contact person. Any invalid row refuses the whole file with every problem (\`row 7, kboNumber: ...\`). ` +
      `New governments are announced as government-registered v2, changed ones as government-updated v1; ` +
      `the same file twice answers created 0, updated 0 the second time. At most ${MAX_CSV_BYTES} bytes. ` +
      `With ?dryRun=true the file is only checked: the same answer (or the same problems), and nothing imported.`,
  })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: IMPORT_EXAMPLE } })
  @ApiOkResponse({ type: ImportResultDto })
  @ApiProblem(400, 'every bad row and field, e.g. `row 7, kboNumber: check digits do not match`, or a bad dryRun; nothing was imported')
  @ApiResponse({ status: 413, description: `the file is larger than ${MAX_CSV_BYTES} bytes`, content: PROBLEM })
  @ApiResponse({ status: 415, description: 'the body is not sent as text/csv', content: PROBLEM })
  import(@Body() body: unknown, @Query() query: ImportGovernmentsQueryDto): Promise<ImportGovernmentsResult> {
    if (typeof body !== 'string') throw new UnsupportedMediaTypeException('send the file as the body, with Content-Type: text/csv');
    return this.importGovernments.execute({ csv: body, dryRun: query.dryRun === 'true' });
  }

  @Patch(':code')
  @Roles('abb')
  @ApiOperation({ summary: 'Change a register entry: KBO number, counts, contact persons, name (announced as government-updated v1)' })
  @ApiOkResponse({ type: GovernmentViewDto })
  @ApiProblem(400, 'a field is invalid')
  @ApiProblem(404, 'no government with this code')
  @ApiProblem(409, 'the KBO number is registered to another government')
  update(@Param() params: GovernmentCodeParams, @Body() body: UpdateGovernmentDto): Promise<LocalGovernment> {
    return this.updateGovernment.execute({
      code: params.code,
      changes: { ...body, contacts: body.contacts?.map((contact) => ({ ...contact, phone: contact.phone ?? null })) },
    });
  }

  @Get()
  @Roles('abb', 'government')
  @ApiOperation({ summary: 'The register, in code order; contact persons only for ABB and the government itself' })
  @ApiOkResponse({ type: [GovernmentViewDto] })
  @ApiProblem(400, 'an unknown province or kind')
  searchRegister(@Query() query: ListGovernmentsQueryDto, @CurrentPrincipal() principal: Principal): Promise<GovernmentView[]> {
    return this.listGovernments.execute({ ...query, contactsVisibleTo: contactsVisibleTo(principal) });
  }

  @Get(':code')
  @Roles('abb', 'government')
  @ApiOperation({ summary: 'One register entry; contact persons only for ABB and the government itself' })
  @ApiOkResponse({ type: GovernmentViewDto })
  @ApiProblem(404, 'no government with this code')
  get(@Param() params: GovernmentCodeParams, @CurrentPrincipal() principal: Principal): Promise<GovernmentView> {
    return this.getGovernment.execute({ code: params.code, contactsVisibleTo: contactsVisibleTo(principal) });
  }
}

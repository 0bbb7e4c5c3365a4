import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { assertGovernmentAccess, CurrentPrincipal, Roles, type Principal } from '#auth';
import { RuleViolation } from '#domain';
import { CreateApplicationHandler } from '../../application/create-application/create-application.handler.js';
import type { ApplicationView } from '../../application/list-applications/application-views.js';
import { ListApplicationsHandler } from '../../application/list-applications/list-applications.handler.js';
import { SaveApplicationHandler } from '../../application/save-application/save-application.handler.js';
import { SubmitApplicationHandler } from '../../application/submit-application/submit-application.handler.js';
import { ApiProblem } from '#platform';
import { ApplicationResponse, ApplicationsQueryDto, CreateApplicationDto, SaveApplicationDto } from './applications.dto.js';

const APPLICATION_ID = { name: 'id', format: 'uuid', example: '0f8fad5b-d9cb-469f-a165-70867728950e' } as const;

/** ABB acts on every application (undefined); a government officer on those its token names. */
const codesOf = (principal: Principal): string[] | undefined => (principal.role === 'abb' ? undefined : principal.governmentCodes);

@ApiTags('applications')
@ApiBearerAuth()
@Controller('applications')
export class ApplicationsController {
  constructor(
    private readonly createApplicationHandler: CreateApplicationHandler,
    private readonly saveApplicationHandler: SaveApplicationHandler,
    private readonly submitApplicationHandler: SubmitApplicationHandler,
    private readonly listApplicationsHandler: ListApplicationsHandler,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('abb', 'government')
  @ApiOperation({ summary: 'Start the draft application of a government (or of a group, by its lead) for a call' })
  @ApiCreatedResponse({ type: ApplicationResponse })
  @ApiProblem(400, 'not eligible (with the numbers), a group member applying alone, not the group lead, the call closed')
  @ApiProblem(403, 'a government officer naming another government')
  @ApiProblem(404, 'no such call')
  @ApiProblem(409, 'the applicant already has an application for the call')
  createApplication(@Body() body: CreateApplicationDto, @CurrentPrincipal() principal: Principal): Promise<ApplicationView> {
    const governmentCode = body.governmentCode ?? (principal.role === 'government' ? principal.governmentCodes[0] : undefined);
    if (governmentCode === undefined) throw RuleViolation.at('governmentCode', 'ABB names the government it applies for');
    assertGovernmentAccess(principal, governmentCode);
    return this.createApplicationHandler.execute({ callId: body.callId, governmentCode, groupCode: body.groupCode ?? null });
  }

  @Put(':id')
  @Roles('abb', 'government')
  @ApiOperation({ summary: 'Save the whole draft, complete or not; answers it with the requested amounts in euro cents' })
  @ApiParam(APPLICATION_ID)
  @ApiOkResponse({ type: ApplicationResponse })
  @ApiProblem(400, 'a field of the wrong type, or one that is not the caller’s to set (status, amounts, applicant)')
  @ApiProblem(404, 'no such application, or not the caller’s')
  @ApiProblem(409, 'the application is no longer a draft')
  saveApplication(
    @Param('id') id: string,
    @Body() body: SaveApplicationDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ApplicationView> {
    return this.saveApplicationHandler.execute({
      applicationId: id,
      actorCodes: codesOf(principal),
      lines: body.lines.map((line) => ({
        indicatorCode: line.indicatorCode,
        currentReach: line.currentReach ?? null,
        additionalReach: line.additionalReach ?? null,
        priority: line.priority ?? null,
      })),
      stimuli: {
        mentorships: body.stimuli.mentorships.map(({ actionNumber, motivation }) => ({ actionNumber, motivation })),
        cooperation: body.stimuli.cooperation ?? null,
        socialImpactBond: body.stimuli.socialImpactBond ?? null,
      },
      contacts: body.contacts.map(({ name, email, phone, role }) => ({ name, email, phone: phone ?? null, role })),
      iban: body.iban ?? null,
    });
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('abb', 'government')
  @ApiOperation({ summary: 'Submit a draft: every rule is checked, and every problem answered at once (the draft stays as it was)' })
  @ApiParam(APPLICATION_ID)
  @ApiOkResponse({ type: ApplicationResponse })
  @ApiProblem(400, 'every problem, each naming its field, e.g. lines[2].additionalReach')
  @ApiProblem(404, 'no such application, or not the caller’s')
  @ApiProblem(409, 'already submitted')
  submitApplication(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<ApplicationView> {
    return this.submitApplicationHandler.execute({ applicationId: id, actorCodes: codesOf(principal) });
  }

  @Get(':id')
  @Roles('abb', 'government')
  @ApiOperation({ summary: 'One application with its requested amounts (a government sees only its own, or its group’s)' })
  @ApiParam(APPLICATION_ID)
  @ApiOkResponse({ type: ApplicationResponse })
  @ApiProblem(404, 'no such application, or not the caller’s')
  getApplication(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<ApplicationView> {
    return this.listApplicationsHandler.get(id, codesOf(principal));
  }

  @Get()
  @Roles('abb', 'government')
  @ApiOperation({ summary: 'Applications (of a call): ABB sees all, a government officer its own and its group’s' })
  @ApiOkResponse({ type: [ApplicationResponse] })
  listApplications(@Query() query: ApplicationsQueryDto, @CurrentPrincipal() principal: Principal): Promise<ApplicationView[]> {
    return this.listApplicationsHandler.execute({ callId: query.callId, visibleTo: codesOf(principal) });
  }
}

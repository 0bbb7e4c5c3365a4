import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '#auth';
import { GetDecisionHandler, type DecisionView } from '../../application/get-decision/get-decision.handler.js';
import type { RecordedDecision } from '../../application/record-decision/decision-recorder.js';
import { RecordDecisionHandler } from '../../application/record-decision/record-decision.handler.js';
import { DecisionDto } from './decision.dto.js';
import { DecisionResponse, RecordedDecisionResponse } from './decision.views.js';
import { knownId } from './known-id.js';

const PROBLEM = { $ref: '#/components/schemas/Problem' };

/** ABB: undefined (every application); a government officer: the codes of its token. */
export const visibleCodes = (principal: Principal): string[] | undefined =>
  principal.role === 'abb' ? undefined : principal.governmentCodes;

@ApiTags('decisions')
@ApiBearerAuth()
@Controller('applications')
export class ApplicationDecisionsController {
  constructor(
    private readonly recordDecision: RecordDecisionHandler,
    private readonly getDecision: GetDecisionHandler,
  ) {}

  @Post(':id/decision')
  @HttpCode(202)
  @Roles('abb')
  @ApiOperation({
    summary: 'Decide a submitted application of a closed call, line by line and stimulus by stimulus',
    description:
      'Per line: approve the requested (or proposed) KPI, fewer, or 0 (reject); optionally a lower amountCents than KPI x rate, ' +
      'with a reason. Every requested mentorship and cooperation is granted or not. Budgeting then commits the decision or refuses it.',
  })
  @ApiAcceptedResponse({ type: RecordedDecisionResponse })
  @ApiBadRequestResponse({ description: 'every problem of the decision at once, each naming its line and field', schema: PROBLEM })
  @ApiNotFoundResponse({ description: 'no such application', schema: PROBLEM })
  @ApiConflictResponse({ description: 'not a submitted application of a closed call, or decided already', schema: PROBLEM })
  decideApplication(
    @Param('id') applicationId: string,
    @Body() body: DecisionDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RecordedDecision> {
    return this.recordDecision.execute({
      applicationId: knownId(applicationId, 'application'),
      lines: body.lines,
      stimuli: body.stimuli ?? [],
      decidedBy: principal.subject,
    });
  }

  @Get(':id/decision')
  @Roles('abb', 'government')
  @ApiOperation({ summary: 'The decision in force on an application: status, revision, lines, stimuli, totals, refusal reason' })
  @ApiOkResponse({ type: DecisionResponse })
  @ApiNotFoundResponse({ description: "no such application (or another government's), or no decision yet", schema: PROBLEM })
  decision(@Param('id') applicationId: string, @CurrentPrincipal() principal: Principal): Promise<DecisionView> {
    return this.getDecision.execute({ applicationId: knownId(applicationId, 'application'), governmentCodes: visibleCodes(principal) });
  }
}

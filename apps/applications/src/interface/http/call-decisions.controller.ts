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
import { DecideAsProposedHandler, type DecidedAsProposed } from '../../application/decide-as-proposed/decide-as-proposed.handler.js';
import { GetAllocationProposalHandler } from '../../application/get-allocation-proposal/get-allocation-proposal.handler.js';
import type { AllocationProposal } from '../../domain/allocation-proposal.js';
import { EmptyBodyDto } from './decision.dto.js';
import { AllocationProposalResponse, DecidedAsProposedResponse } from './decision.views.js';
import { knownId } from './known-id.js';

const PROBLEM = { $ref: '#/components/schemas/Problem' };

@ApiTags('decisions')
@ApiBearerAuth()
@Controller('calls')
export class CallDecisionsController {
  constructor(
    private readonly getProposal: GetAllocationProposalHandler,
    private readonly decideAsProposed: DecideAsProposedHandler,
  ) {}

  @Get(':callId/proposal')
  @Roles('abb')
  @ApiOperation({ summary: "Budgeting's allocation proposal for a closed call, line by line with outcome and reason" })
  @ApiOkResponse({ type: AllocationProposalResponse })
  @ApiNotFoundResponse({ description: 'no proposal (yet) for this call', schema: PROBLEM })
  proposal(@Param('callId') callId: string): Promise<AllocationProposal> {
    return this.getProposal.execute({ callId: knownId(callId, 'call') });
  }

  @Post(':callId/decide-as-proposed')
  @HttpCode(202)
  @Roles('abb')
  @ApiOperation({
    summary: 'Decide every submitted, undecided application of a closed call exactly as the allocation proposal says, in one action',
    description: 'Each decision then waits for budgeting to commit it. Applications decided already, or not in the proposal, are skipped.',
  })
  @ApiAcceptedResponse({ type: DecidedAsProposedResponse })
  @ApiBadRequestResponse({ description: 'the body is not empty', schema: PROBLEM })
  @ApiNotFoundResponse({ description: 'no such call', schema: PROBLEM })
  @ApiConflictResponse({ description: 'the call is open, or has no allocation proposal yet', schema: PROBLEM })
  decideCallAsProposed(
    @Param('callId') callId: string,
    @Body() _body: EmptyBodyDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DecidedAsProposed> {
    return this.decideAsProposed.execute({ callId: knownId(callId, 'call'), decidedBy: principal.subject });
  }
}

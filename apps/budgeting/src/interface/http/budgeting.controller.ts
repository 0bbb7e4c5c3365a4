import { Body, Controller, ForbiddenException, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { isUUID } from 'class-validator';
import { assertGovernmentAccess, CurrentPrincipal, Roles, type Principal } from '#auth';
import { NotFound } from '#domain';
import { ApiProblem } from '#platform';
import { ChangeBudgetHandler, type ChangedBudget } from '../../application/change-budget/change-budget.handler.js';
import {
  GetAllocationProposalHandler,
  type AllocationProposalView,
} from '../../application/get-allocation-proposal/get-allocation-proposal.handler.js';
import { GetBudgetHandler, type BudgetView } from '../../application/get-budget/get-budget.handler.js';
import { ListBudgetChangesHandler, type BudgetChangeView } from '../../application/list-budget-changes/list-budget-changes.handler.js';
import { ListCommitmentsHandler, type CommitmentView } from '../../application/list-commitments/list-commitments.handler.js';
import { BudgetQueryDto, ChangeBudgetDto, CommitmentsQueryDto, ProjectYearParamDto } from './budgeting.query.dto.js';
import {
  AllocationProposalResponse,
  BudgetChangeResponse,
  BudgetResponse,
  ChangedBudgetResponse,
  CommitmentResponse,
} from './budgeting.views.js';

@ApiTags('budgeting')
@ApiBearerAuth()
@Controller()
export class BudgetingController {
  constructor(
    private readonly listCommitments: ListCommitmentsHandler,
    private readonly getBudget: GetBudgetHandler,
    private readonly changeBudget: ChangeBudgetHandler,
    private readonly listBudgetChanges: ListBudgetChangesHandler,
    private readonly getAllocationProposal: GetAllocationProposalHandler,
  ) {}

  @Get('commitments')
  @Roles('abb', 'government')
  @ApiOperation({
    summary: 'Committed subsidy per decided application of a project year: the revision in force, its lines and stimuli',
    description: 'A government officer sees only its own commitments and must pass its governmentCode.',
  })
  @ApiOkResponse({ type: [CommitmentResponse] })
  @ApiProblem(400, 'projectYear or governmentCode is invalid')
  @ApiProblem(403, 'a government officer asked for every government or for another one')
  commitments(@Query() query: CommitmentsQueryDto, @CurrentPrincipal() principal: Principal): Promise<CommitmentView[]> {
    if (query.governmentCode === undefined) {
      if (principal.role !== 'abb')
        throw new ForbiddenException('governmentCode: a local government sees only its own commitments; pass its code');
    } else assertGovernmentAccess(principal, query.governmentCode);
    return this.listCommitments.execute(query);
  }

  @Get('budget')
  @Roles('abb')
  @ApiOperation({ summary: 'The programme budget of a project year, what is committed and what is available, with the ledger totals' })
  @ApiOkResponse({ type: BudgetResponse })
  @ApiProblem(400, 'projectYear is not 1, 2 or 3')
  budget(@Query() query: BudgetQueryDto): Promise<BudgetView> {
    return this.getBudget.execute(query);
  }

  @Put('budgets/:projectYear')
  @Roles('abb')
  @ApiOperation({
    summary: "Change a project year's programme budget, with a reason (kept in its history and the audit log)",
    description: 'Never below what the year has committed; the same amount again changes nothing (changed: false).',
  })
  @ApiOkResponse({ type: ChangedBudgetResponse })
  @ApiProblem(400, 'projectYear, budgetCents (not a whole number of cents, or below the commitments) or reason is invalid')
  changeYearBudget(
    @Param() params: ProjectYearParamDto,
    @Body() body: ChangeBudgetDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ChangedBudget> {
    return this.changeBudget.execute({ projectYear: params.projectYear, ...body, changedBy: principal.subject });
  }

  @Get('budgets/:projectYear/changes')
  @Roles('abb')
  @ApiOperation({ summary: "The history of a project year's programme budget: every change, who made it and why, oldest first" })
  @ApiOkResponse({ type: [BudgetChangeResponse] })
  @ApiProblem(400, 'projectYear is not 1, 2 or 3')
  budgetChanges(@Param() params: ProjectYearParamDto): Promise<BudgetChangeView[]> {
    return this.listBudgetChanges.execute(params);
  }

  @Get('proposals/:callId')
  @Roles('abb')
  @ApiOperation({ summary: 'The allocation proposal of a closed call: every line funded fully, partly or not, and why' })
  @ApiOkResponse({ type: AllocationProposalResponse })
  @ApiProblem(404, 'no such call, not closed yet, or not every submitted application has arrived yet')
  proposal(@Param('callId') callId: string): Promise<AllocationProposalView> {
    if (!isUUID(callId)) throw new NotFound(`callId: call ${callId} does not exist`);
    return this.getAllocationProposal.execute({ callId });
  }
}

import { Body, Controller, ForbiddenException, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { assertGovernmentAccess, CurrentPrincipal, Roles, type Principal } from '#auth';
import { ApiProblem } from '#platform';
import { GetPaymentScheduleHandler } from '../../application/get-payment-schedule/get-payment-schedule.handler.js';
import { ListPaymentsHandler, type PaymentView } from '../../application/list-payments/list-payments.handler.js';
import { ReleasePaymentsHandler, type ReleasedPayment } from '../../application/release-payments/release-payments.handler.js';
import {
  SetPaymentScheduleHandler,
  type PaymentScheduleView,
} from '../../application/set-payment-schedule/set-payment-schedule.handler.js';
import { ProjectYearParamDto } from './budgeting.query.dto.js';
import { PaymentIdParamDto, PaymentsQueryDto, ReleaseDueDto, SetPaymentScheduleDto } from './payments.dto.js';
import { PaymentResponse, PaymentScheduleResponse, ReleasedPaymentResponse } from './payments.views.js';

@ApiTags('payments')
@ApiBearerAuth()
@Controller()
export class PaymentsController {
  constructor(
    private readonly getSchedule: GetPaymentScheduleHandler,
    private readonly setSchedule: SetPaymentScheduleHandler,
    private readonly listPayments: ListPaymentsHandler,
    private readonly releasePayments: ReleasePaymentsHandler,
  ) {}

  @Get('payment-schedules/:projectYear')
  @Roles('abb', 'government')
  @ApiOperation({ summary: "A project year's payment schedule as it applies to the next decision: ABB's, or the default 50/50" })
  @ApiOkResponse({ type: PaymentScheduleResponse })
  @ApiProblem(400, 'projectYear is not 1, 2 or 3')
  schedule(@Param() params: ProjectYearParamDto): Promise<PaymentScheduleView> {
    return this.getSchedule.execute(params);
  }

  @Put('payment-schedules/:projectYear')
  @Roles('abb')
  @ApiOperation({
    summary: "Set a project year's payment schedule: instalments as whole-percent shares of the commitment, each with its condition",
    description: 'Applies to the schedules created from decisions after the change; decided governments keep theirs. Audited.',
  })
  @ApiOkResponse({ type: PaymentScheduleResponse })
  @ApiProblem(400, 'projectYear, or instalments (shares not adding up to 100, a label twice, an unknown condition) is invalid')
  @ApiProblem(403, 'not ABB')
  changeSchedule(
    @Param() params: ProjectYearParamDto,
    @Body() body: SetPaymentScheduleDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PaymentScheduleView> {
    return this.setSchedule.execute({ projectYear: params.projectYear, instalments: body.instalments, changedBy: principal.subject });
  }

  @Get('payments')
  @Roles('abb', 'government')
  @ApiOperation({
    summary: 'The instalments of a project year: scheduled, due or released, per government and application',
    description: 'A government officer sees only its own and must pass its governmentCode.',
  })
  @ApiOkResponse({ type: [PaymentResponse] })
  @ApiProblem(400, 'projectYear, governmentCode or status is invalid')
  @ApiProblem(403, 'a government officer asked for every government or for another one')
  payments(@Query() query: PaymentsQueryDto, @CurrentPrincipal() principal: Principal): Promise<PaymentView[]> {
    if (query.governmentCode === undefined) {
      if (principal.role !== 'abb')
        throw new ForbiddenException('governmentCode: a local government sees only its own payments; pass its code');
    } else assertGovernmentAccess(principal, query.governmentCode);
    return this.listPayments.execute(query);
  }

  @Post('payments/:paymentId/release')
  @HttpCode(200)
  @Roles('abb')
  @ApiOperation({
    summary: "Release one due payment to the application's IBAN (booked in the ledger), once",
    description: 'A second release of the same payment, also at the same moment by another ABB user, is a 409 and books nothing.',
  })
  @ApiOkResponse({ type: [ReleasedPaymentResponse] })
  @ApiProblem(400, 'paymentId is not a UUID')
  @ApiProblem(403, 'not ABB')
  @ApiProblem(404, 'no such payment')
  @ApiProblem(409, 'the payment is not due yet, was released already, or would pay more than was committed')
  release(@Param() params: PaymentIdParamDto, @CurrentPrincipal() principal: Principal): Promise<ReleasedPayment[]> {
    return this.releasePayments.execute({ paymentId: params.paymentId, releasedBy: principal.subject });
  }

  @Post('payments/release-due')
  @HttpCode(200)
  @Roles('abb')
  @ApiOperation({
    summary: 'Release every due payment of a project year (of one government when named) in one action',
    description: 'All or nothing: when one cannot be released, none is. An empty list when nothing was due.',
  })
  @ApiOkResponse({ type: [ReleasedPaymentResponse] })
  @ApiProblem(400, 'projectYear or governmentCode is invalid')
  @ApiProblem(403, 'not ABB')
  @ApiProblem(409, 'a payment would pay more than was committed')
  releaseDue(@Body() body: ReleaseDueDto, @CurrentPrincipal() principal: Principal): Promise<ReleasedPayment[]> {
    return this.releasePayments.execute({ ...body, releasedBy: principal.subject });
  }
}

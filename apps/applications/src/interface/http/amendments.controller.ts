import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '#auth';
import { AcceptAmendmentHandler, type AcceptedAmendment } from '../../application/accept-amendment/accept-amendment.handler.js';
import { ListAmendmentsHandler } from '../../application/list-amendments/list-amendments.handler.js';
import { RejectAmendmentHandler } from '../../application/reject-amendment/reject-amendment.handler.js';
import type { AmendmentView } from '../../application/request-amendment/amendment-view.js';
import { RequestAmendmentHandler } from '../../application/request-amendment/request-amendment.handler.js';
import { visibleCodes } from './application-decisions.controller.js';
import { EmptyBodyDto, RejectAmendmentDto, RequestAmendmentDto } from './decision.dto.js';
import { AcceptedAmendmentResponse, AmendmentResponse } from './decision.views.js';
import { knownId } from './known-id.js';

const PROBLEM = { $ref: '#/components/schemas/Problem' };

@ApiTags('amendments')
@ApiBearerAuth()
@Controller()
export class AmendmentsController {
  constructor(
    private readonly requestAmendment: RequestAmendmentHandler,
    private readonly listAmendments: ListAmendmentsHandler,
    private readonly acceptAmendment: AcceptAmendmentHandler,
    private readonly rejectAmendment: RejectAmendmentHandler,
  ) {}

  @Post('applications/:id/amendments')
  @HttpCode(201)
  @Roles('government')
  @ApiOperation({ summary: 'A government asks to change the approved reach of lines of its decided application, with a reason' })
  @ApiCreatedResponse({ type: AmendmentResponse })
  @ApiBadRequestResponse({
    description: 'every problem at once: indicators not in the decision, reach outside 0..cap, no reason',
    schema: PROBLEM,
  })
  @ApiNotFoundResponse({ description: "no such application, or another government's", schema: PROBLEM })
  @ApiConflictResponse({ description: 'the application is not decided, or has an open amendment', schema: PROBLEM })
  request(
    @Param('id') applicationId: string,
    @Body() body: RequestAmendmentDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AmendmentView> {
    return this.requestAmendment.execute({
      applicationId: knownId(applicationId, 'application'),
      lines: body.lines,
      reason: body.reason,
      requestedBy: principal.subject,
      governmentCodes: principal.governmentCodes,
    });
  }

  @Get('applications/:id/amendments')
  @Roles('abb', 'government')
  @ApiOperation({ summary: "An application's amendments, oldest first" })
  @ApiOkResponse({ type: [AmendmentResponse] })
  @ApiNotFoundResponse({ description: "no such application, or another government's", schema: PROBLEM })
  amendmentsOf(@Param('id') applicationId: string, @CurrentPrincipal() principal: Principal): Promise<AmendmentView[]> {
    return this.listAmendments.execute({ applicationId: knownId(applicationId, 'application'), governmentCodes: visibleCodes(principal) });
  }

  @Post('amendments/:id/accept')
  @HttpCode(202)
  @Roles('abb')
  @ApiOperation({
    summary: "Accept an amendment: the decision's next revision goes to budgeting; the targets change once it is committed",
  })
  @ApiAcceptedResponse({ type: AcceptedAmendmentResponse })
  @ApiBadRequestResponse({ description: 'the body is not empty', schema: PROBLEM })
  @ApiNotFoundResponse({ description: 'no such amendment', schema: PROBLEM })
  @ApiConflictResponse({ description: 'the amendment was reviewed already', schema: PROBLEM })
  accept(
    @Param('id') amendmentId: string,
    @Body() _body: EmptyBodyDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AcceptedAmendment> {
    return this.acceptAmendment.execute({ amendmentId: knownId(amendmentId, 'amendment'), acceptedBy: principal.subject });
  }

  @Post('amendments/:id/reject')
  @HttpCode(200)
  @Roles('abb')
  @ApiOperation({ summary: 'Reject an amendment, saying why; the decision stays as it is' })
  @ApiOkResponse({ type: AmendmentResponse })
  @ApiBadRequestResponse({ description: 'no comment', schema: PROBLEM })
  @ApiNotFoundResponse({ description: 'no such amendment', schema: PROBLEM })
  @ApiConflictResponse({ description: 'the amendment was reviewed already', schema: PROBLEM })
  reject(
    @Param('id') amendmentId: string,
    @Body() body: RejectAmendmentDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AmendmentView> {
    return this.rejectAmendment.execute({
      amendmentId: knownId(amendmentId, 'amendment'),
      comment: body.comment,
      rejectedBy: principal.subject,
    });
  }
}

import { Controller, ForbiddenException, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { assertGovernmentAccess, CurrentPrincipal, Roles, type Principal } from '#auth';
import { RuleViolation } from '#domain';
import { ApiProblem } from '#platform';
import { ListInboxHandler, type DeliveryView, type InboxItem } from '../../application/list-inbox/list-inbox.handler.js';
import { MarkInboxReadHandler } from '../../application/mark-inbox-read/mark-inbox-read.handler.js';
import { ABB_INBOX } from '../../domain/notice-kinds.js';
import { DeliveriesQueryDto, InboxQueryDto } from './inbox.query.dto.js';
import { DeliveryResponse, InboxItemResponse, UnreadCountResponse } from './inbox.views.js';

/**
 * Users read only their own inbox: a government officer the inbox of a government it acts for, ABB staff ABB's
 * (the daily digest). What a government was sent, ABB finds in the delivery records.
 */
export const ownInbox = (principal: Principal, governmentCode: string | undefined): string => {
  if (governmentCode === undefined) {
    if (principal.role === 'abb') return ABB_INBOX;
    throw new ForbiddenException(
      'name the governmentCode of the inbox: a local government officer reads the inbox of a government it acts for',
    );
  }
  if (principal.role === 'abb')
    throw RuleViolation.at(
      'governmentCode',
      'ABB reads its own inbox (leave governmentCode out); what a government was sent is in GET /deliveries',
    );
  assertGovernmentAccess(principal, governmentCode);
  return governmentCode;
};

export const ownInboxes = (principal: Principal): string[] => (principal.role === 'abb' ? [ABB_INBOX] : principal.governmentCodes);

@ApiTags('notifications')
@ApiBearerAuth()
@Controller()
export class InboxController {
  constructor(
    private readonly listInbox: ListInboxHandler,
    private readonly markRead: MarkInboxReadHandler,
  ) {}

  @Get('inbox')
  @Roles('abb', 'government')
  @ApiOperation({ summary: "The caller's in-app inbox, newest first (at most 200): a government's, or ABB's own" })
  @ApiOkResponse({ type: [InboxItemResponse] })
  @ApiProblem(400, 'a malformed governmentCode, or ABB naming a government')
  @ApiProblem(403, 'a government the caller does not act for, or none named by a government officer')
  inbox(@Query() query: InboxQueryDto, @CurrentPrincipal() principal: Principal): Promise<InboxItem[]> {
    return this.listInbox.inbox({ inbox: ownInbox(principal, query.governmentCode) });
  }

  @Get('inbox/unread-count')
  @Roles('abb', 'government')
  @ApiOperation({ summary: "How many messages of the caller's inbox are unread" })
  @ApiOkResponse({ type: UnreadCountResponse })
  @ApiProblem(400, 'a malformed governmentCode, or ABB naming a government')
  @ApiProblem(403, 'a government the caller does not act for, or none named by a government officer')
  async unreadCount(@Query() query: InboxQueryDto, @CurrentPrincipal() principal: Principal): Promise<UnreadCountResponse> {
    return { unread: await this.listInbox.unreadCount({ inbox: ownInbox(principal, query.governmentCode) }) };
  }

  @Post('inbox/:id/read')
  @HttpCode(200)
  @Roles('abb', 'government')
  @ApiOperation({ summary: "Mark a message of the caller's own inbox read (again: no change)" })
  @ApiParam({ name: 'id', format: 'uuid', example: '1b2c3d4e-5f60-4a71-8b92-a3b4c5d6e7f8' })
  @ApiOkResponse({ type: InboxItemResponse })
  @ApiProblem(400, 'an id that is not a UUID')
  @ApiProblem(404, "no such message in the caller's inbox (a message of another inbox is not found either)")
  read(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string, @CurrentPrincipal() principal: Principal): Promise<InboxItem> {
    return this.markRead.execute({ id, inboxes: ownInboxes(principal) });
  }

  @Get('deliveries')
  @Roles('abb')
  @ApiOperation({ summary: 'Delivery records, newest first (at most 200): by government, kind and the date a message was queued' })
  @ApiOkResponse({ type: [DeliveryResponse] })
  @ApiProblem(400, 'a malformed governmentCode, an unknown kind, or a date that is not ISO 8601')
  deliveries(@Query() query: DeliveriesQueryDto): Promise<DeliveryView[]> {
    return this.listInbox.deliveries({
      ...(query.governmentCode === undefined ? {} : { governmentCode: query.governmentCode }),
      ...(query.kind === undefined ? {} : { kind: query.kind }),
      ...(query.from === undefined ? {} : { from: new Date(query.from) }),
      ...(query.to === undefined ? {} : { to: new Date(query.to) }),
    });
  }
}

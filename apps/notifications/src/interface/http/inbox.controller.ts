import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { assertGovernmentAccess, CurrentPrincipal, Roles, type Principal } from '#auth';
import { ListInboxHandler, type DeliveryView, type InboxItem } from '../../application/list-inbox/list-inbox.handler.js';
import { InboxQueryDto } from './inbox.query.dto.js';
import { DeliveryResponse, InboxItemResponse } from './inbox.views.js';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller()
export class InboxController {
  constructor(private readonly listInbox: ListInboxHandler) {}

  /** The in-app inbox of a local government. */
  @Get('inbox')
  @Roles('abb', 'government')
  @ApiOperation({ summary: "A government's in-app inbox, newest first" })
  @ApiOkResponse({ type: [InboxItemResponse] })
  inbox(@Query() query: InboxQueryDto, @CurrentPrincipal() principal: Principal): Promise<InboxItem[]> {
    assertGovernmentAccess(principal, query.governmentCode);
    return this.listInbox.inbox(query);
  }

  /** Delivery tracking: every message sent to a government and its status. */
  @Get('deliveries')
  @Roles('abb')
  @ApiOperation({ summary: 'Every message sent to a government, with its delivery status' })
  @ApiOkResponse({ type: [DeliveryResponse] })
  deliveries(@Query() query: InboxQueryDto): Promise<DeliveryView[]> {
    return this.listInbox.deliveries(query);
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { assertGovernmentAccess, CurrentPrincipal, Roles, type Principal } from '#auth';
import { ListProgressHandler, type ProgressView } from '../../application/list-progress/list-progress.handler.js';
import { ProgressQueryDto, ProgressResponse } from './progress.query.dto.js';

@ApiTags('mentorships')
@ApiBearerAuth()
@Controller()
export class ProgressController {
  constructor(private readonly listProgress: ListProgressHandler) {}

  /** A member's latest reported progress per indicator and period, with the learning network it counts for. */
  @Get('progress')
  @Roles('abb', 'government')
  @ApiOperation({ summary: "A member's latest reported progress per indicator and period" })
  @ApiOkResponse({ type: [ProgressResponse] })
  progress(@Query() query: ProgressQueryDto, @CurrentPrincipal() principal: Principal): Promise<ProgressView[]> {
    assertGovernmentAccess(principal, query.governmentCode);
    return this.listProgress.execute(query);
  }
}

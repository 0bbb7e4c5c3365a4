import { Body, Controller, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '#auth';
import { GOVERNMENT_CODE_PATTERN, INDICATOR_CODE_PATTERN } from '#contracts';
import { NotFound } from '#domain';
import { ApiProblem } from '#platform';
import { ClearAtRiskFlagHandler, type ClearedAtRiskFlag } from '../../application/clear-at-risk-flag/clear-at-risk-flag.handler.js';
import { ClearedAtRiskFlagResponse } from './reports.views.js';
import { ClearAtRiskFlagDto } from './submit-report.dto.js';

@ApiTags('reports')
@ApiBearerAuth()
@Controller()
export class AtRiskFlagsController {
  constructor(private readonly clearAtRiskFlag: ClearAtRiskFlagHandler) {}

  @Post('at-risk-flags/:governmentCode/:projectYear/:indicatorCode/clear')
  @HttpCode(200)
  @Roles('abb')
  @ApiOperation({
    summary: 'ABB accepts the motivation of an indicator the interim review found below 25% of its target: the at-risk flag is cleared',
  })
  @ApiOkResponse({ type: ClearedAtRiskFlagResponse })
  @ApiProblem(400, 'the motivation not accepted, or no reason given')
  @ApiProblem(403, 'not ABB')
  @ApiProblem(404, 'no at-risk flag for this government, project year and indicator')
  @ApiProblem(409, 'the flag was cleared already')
  clear(
    @Param('governmentCode') governmentCode: string,
    @Param('projectYear', ParseIntPipe) projectYear: number,
    @Param('indicatorCode') indicatorCode: string,
    @Body() body: ClearAtRiskFlagDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ClearedAtRiskFlag> {
    if (!GOVERNMENT_CODE_PATTERN.test(governmentCode) || !INDICATOR_CODE_PATTERN.test(indicatorCode))
      throw new NotFound(`at-risk flag: ${governmentCode} has none for ${indicatorCode} in project year ${projectYear}`);
    return this.clearAtRiskFlag.execute({
      governmentCode,
      projectYear,
      indicatorCode,
      motivationAccepted: body.motivationAccepted,
      reason: body.reason,
      clearedBy: principal.subject,
    });
  }
}

import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '#observability';
import { ApiProblem } from '#platform';
import { GetPublicResultsHandler, type PublicResultsView } from '../../application/get-public-results/get-public-results.handler.js';
import { PublicGovernmentResultsParamsDto, PublicResultsParamsDto, PublicResultsResponse } from './public-results.views.js';

/** The results anyone may read, without signing in: as the cities showed them at their fairs, from accepted reports only. */
@ApiTags('public results')
@Controller('public/results')
export class PublicResultsController {
  constructor(private readonly getPublicResults: GetPublicResultsHandler) {}

  @Get(':projectYear')
  @Public()
  @ApiOperation({
    summary: "The programme's results of a project year per action: planned and realised, from accepted reports only (no sign-in)",
  })
  @ApiOkResponse({ type: PublicResultsResponse })
  @ApiProblem(400, 'a project year other than 1, 2 or 3')
  programmeResults(@Param() params: PublicResultsParamsDto): Promise<PublicResultsView> {
    return this.getPublicResults.execute({ projectYear: params.projectYear });
  }

  @Get(':projectYear/governments/:governmentCode')
  @Public()
  @ApiOperation({
    summary: "One government's results of a project year per action: planned and realised, from accepted reports only (no sign-in)",
  })
  @ApiOkResponse({ type: PublicResultsResponse })
  @ApiProblem(400, 'a project year other than 1, 2 or 3, or a malformed government code')
  governmentResults(@Param() params: PublicGovernmentResultsParamsDto): Promise<PublicResultsView> {
    return this.getPublicResults.execute({ projectYear: params.projectYear, governmentCode: params.governmentCode });
  }
}

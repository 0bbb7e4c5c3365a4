import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '#auth';
import { GetCatalogueHandler, type CatalogueView } from '../../application/get-catalogue/get-catalogue.handler.js';
import {
  ListCatalogueVersionsHandler,
  type CatalogueVersionView,
} from '../../application/list-catalogue-versions/list-catalogue-versions.handler.js';
import { PublishCatalogueVersionHandler } from '../../application/publish-catalogue-version/publish-catalogue-version.handler.js';
import { CatalogueQueryDto, CatalogueResponse, CatalogueVersionResponse, PublishCatalogueVersionDto } from './catalogue.dto.js';

@ApiTags('programme catalogue')
@ApiBearerAuth()
@Controller('catalogue')
export class CatalogueController {
  constructor(
    private readonly getCatalogue: GetCatalogueHandler,
    private readonly listVersions: ListCatalogueVersionsHandler,
    private readonly publishVersion: PublishCatalogueVersionHandler,
  ) {}

  @Get()
  @Roles('abb', 'government', 'mentor')
  @ApiOperation({ summary: "A project year's objectives, actions and indicators under the catalogue version in force for it" })
  @ApiOkResponse({ type: CatalogueResponse })
  catalogue(@Query() query: CatalogueQueryDto): Promise<CatalogueView> {
    return this.getCatalogue.execute(query);
  }

  @Get('versions')
  @Roles('abb', 'government', 'mentor')
  @ApiOperation({ summary: 'Every catalogue version: the base version of the data file, then each one ABB published' })
  @ApiOkResponse({ type: [CatalogueVersionResponse] })
  versions(): Promise<CatalogueVersionView[]> {
    return this.listVersions.execute();
  }

  @Post('versions')
  @HttpCode(201)
  @Roles('abb')
  @ApiOperation({
    summary: 'Publish new rates or caps from a project year on (409 when that year or a later one already has a call)',
  })
  @ApiCreatedResponse({ type: CatalogueVersionResponse })
  publish(@Body() body: PublishCatalogueVersionDto, @CurrentPrincipal() principal: Principal): Promise<CatalogueVersionView> {
    return this.publishVersion.execute({ ...body, publishedBy: principal.subject });
  }
}

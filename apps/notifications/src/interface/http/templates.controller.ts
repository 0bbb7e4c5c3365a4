import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '#auth';
import { ApiProblem } from '#platform';
import { ChangeTemplateHandler, type TemplateChanged } from '../../application/change-template/change-template.handler.js';
import { ListTemplatesHandler } from '../../application/list-templates/list-templates.handler.js';
import type { TemplateView } from '../../application/list-templates/template-view.js';
import { PreviewTemplateHandler } from '../../application/preview-template/preview-template.handler.js';
import { NOTICE_KINDS } from '../../domain/notice-kinds.js';
import type { KindTemplates, RenderedNotice } from '../../domain/notice-rendering.js';
import {
  ChangeTemplateDto,
  RenderedNoticeResponse,
  ResetTemplateDto,
  TemplateChangedResponse,
  TemplatePartsDto,
  TemplateResponse,
  TemplateRevisionResponse,
} from './templates.dto.js';

const KIND = { name: 'kind', enum: NOTICE_KINDS, example: 'lagging' } as const;

const partsOf = ({ subject, text, html }: TemplatePartsDto): KindTemplates => ({ 'subject.txt': subject, txt: text, html });

/** The message templates: ABB reads, previews and changes them; nobody else. */
@ApiTags('templates')
@ApiBearerAuth()
@Controller('templates')
export class TemplatesController {
  constructor(
    private readonly lister: ListTemplatesHandler,
    private readonly changer: ChangeTemplateHandler,
    private readonly previewer: PreviewTemplateHandler,
  ) {}

  @Get()
  @Roles('abb')
  @ApiOperation({ summary: 'The templates in force for every kind of message, with the variables each can use' })
  @ApiOkResponse({ type: [TemplateResponse] })
  listTemplates(): Promise<TemplateView[]> {
    return this.lister.list();
  }

  @Get(':kind')
  @Roles('abb')
  @ApiOperation({ summary: 'The templates in force for one kind of message' })
  @ApiParam(KIND)
  @ApiOkResponse({ type: TemplateResponse })
  @ApiProblem(404, 'no such kind of message')
  getTemplate(@Param('kind') kind: string): Promise<TemplateView> {
    return this.lister.get(kind);
  }

  @Get(':kind/revisions')
  @Roles('abb')
  @ApiOperation({ summary: "Every change ABB made to one kind's templates, newest first" })
  @ApiParam(KIND)
  @ApiOkResponse({ type: [TemplateRevisionResponse] })
  @ApiProblem(404, 'no such kind of message')
  async listTemplateRevisions(@Param('kind') kind: string): Promise<TemplateRevisionResponse[]> {
    return (await this.lister.history(kind)).map((revision) => ({
      kind: revision.kind,
      revision: revision.revision,
      templates:
        revision.templates === null
          ? null
          : { subject: revision.templates['subject.txt'], text: revision.templates.txt, html: revision.templates.html },
      reason: revision.reason,
      changedBy: revision.changedBy,
      changedAt: revision.changedAt.toISOString(),
    }));
  }

  @Put(':kind')
  @Roles('abb')
  @ApiOperation({
    summary: "Change one kind's texts; in force at once (on other instances within seconds), every revision kept",
  })
  @ApiParam(KIND)
  @ApiOkResponse({ type: TemplateChangedResponse })
  @ApiProblem(400, 'a template that does not compile, names a variable its kind does not have, or inserts unescaped HTML')
  @ApiProblem(404, 'no such kind of message')
  changeTemplate(@Param('kind') kind: string, @Body() body: ChangeTemplateDto): Promise<TemplateChanged> {
    return this.changer.execute({ kind, templates: partsOf(body), reason: body.reason });
  }

  @Post(':kind/reset')
  @Roles('abb')
  @HttpCode(200)
  @ApiOperation({ summary: 'Return one kind to the shipped texts (kept as a revision too)' })
  @ApiParam(KIND)
  @ApiOkResponse({ type: TemplateChangedResponse })
  @ApiProblem(400, 'no reason given')
  @ApiProblem(404, 'no such kind of message')
  resetTemplate(@Param('kind') kind: string, @Body() body: ResetTemplateDto): Promise<TemplateChanged> {
    return this.changer.execute({ kind, templates: null, reason: body.reason });
  }

  @Get(':kind/preview')
  @Roles('abb')
  @ApiOperation({ summary: 'The message the templates in force give, filled with the example of its kind' })
  @ApiParam(KIND)
  @ApiOkResponse({ type: RenderedNoticeResponse })
  @ApiProblem(404, 'no such kind of message')
  previewTemplateInForce(@Param('kind') kind: string): RenderedNotice {
    return this.previewer.execute(kind, null);
  }

  @Post(':kind/preview')
  @Roles('abb')
  @HttpCode(200)
  @ApiOperation({ summary: 'The message these templates would give, filled with the example of its kind; nothing is kept' })
  @ApiParam(KIND)
  @ApiOkResponse({ type: RenderedNoticeResponse })
  @ApiProblem(400, 'a template that does not compile, names a variable its kind does not have, or inserts unescaped HTML')
  @ApiProblem(404, 'no such kind of message')
  previewTemplate(@Param('kind') kind: string, @Body() body: TemplatePartsDto): RenderedNotice {
    return this.previewer.execute(kind, partsOf(body));
  }
}

import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Roles } from '#auth';
import { CloseCallHandler } from '../../application/close-call/close-call.handler.js';
import { ListCallsHandler } from '../../application/list-calls/list-calls.handler.js';
import { OpenCallHandler } from '../../application/open-call/open-call.handler.js';
import type { Call } from '../../domain/call.js';
import { ApiProblem } from '#platform';
import { CallResponse, OpenCallDto } from './calls.dto.js';

const CALL_ID = { name: 'callId', format: 'uuid', example: '7d444840-9dc0-11d1-b245-5ffdce74fad2' } as const;

@ApiTags('calls')
@ApiBearerAuth()
@Controller('calls')
export class CallsController {
  constructor(
    private readonly openCallHandler: OpenCallHandler,
    private readonly closeCallHandler: CloseCallHandler,
    private readonly listCallsHandler: ListCallsHandler,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('abb')
  @ApiOperation({ summary: "Open a call for a project year, priced under that year's current catalogue version" })
  @ApiCreatedResponse({ type: CallResponse })
  @ApiProblem(400, 'a project year outside 1..3, or a closing date not after the opening date')
  openCall(@Body() body: OpenCallDto): Promise<Call> {
    return this.openCallHandler.execute({ ...body, opensAt: new Date(body.opensAt), closesAt: new Date(body.closesAt) });
  }

  @Get()
  @Roles('abb', 'government')
  @ApiOperation({ summary: 'Every call, open or closed' })
  @ApiOkResponse({ type: [CallResponse] })
  listCalls(): Promise<Call[]> {
    return this.listCallsHandler.execute();
  }

  @Get(':callId')
  @Roles('abb', 'government')
  @ApiOperation({ summary: 'One call' })
  @ApiParam(CALL_ID)
  @ApiOkResponse({ type: CallResponse })
  @ApiProblem(404, 'no such call')
  getCall(@Param('callId') callId: string): Promise<Call> {
    return this.listCallsHandler.get(callId);
  }

  @Post(':callId/close')
  @HttpCode(200)
  @Roles('abb')
  @ApiOperation({ summary: 'Close a call now: no more submissions; call-closed lists every submitted application' })
  @ApiParam(CALL_ID)
  @ApiOkResponse({ type: CallResponse })
  @ApiProblem(404, 'no such call')
  @ApiProblem(409, 'the call is already closed')
  async closeCall(@Param('callId') callId: string): Promise<Call | undefined> {
    return this.closeCallHandler.execute({ callId, closedBy: 'abb' });
  }
}

import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#auth';
import { ApiProblem } from '#platform';
import type { ProgrammeClockMoved, ProgrammeClockView } from '../../application/move-programme-clock/move-programme-clock.command.js';
import { MoveProgrammeClockHandler } from '../../application/move-programme-clock/move-programme-clock.handler.js';
import { MoveProgrammeClockDto, ProgrammeClockMovedResponse, ProgrammeClockResponse } from './programme-clock.dto.js';

@ApiTags('programme clock')
@ApiBearerAuth()
@Controller('programme-clock')
export class ProgrammeClockController {
  constructor(private readonly moveProgrammeClock: MoveProgrammeClockHandler) {}

  @Get()
  @Roles('abb', 'government', 'mentor')
  @ApiOperation({ summary: 'The programme time now, and whether the clock may be moved' })
  @ApiOkResponse({ type: ProgrammeClockResponse })
  show(): ProgrammeClockView {
    return this.moveProgrammeClock.view();
  }

  @Post()
  @HttpCode(200)
  @Roles('abb')
  @ApiOperation({ summary: 'Move the programme clock forward for every service (development mode only; audited)' })
  @ApiOkResponse({ type: ProgrammeClockMovedResponse })
  @ApiProblem(400, 'neither or both of to and forwardBy, or one that cannot be read')
  @ApiProblem(409, 'production mode, or a moment at or before the programme time now (the clock never goes back)')
  move(@Body() body: MoveProgrammeClockDto): Promise<ProgrammeClockMoved> {
    return this.moveProgrammeClock.execute(body);
  }
}

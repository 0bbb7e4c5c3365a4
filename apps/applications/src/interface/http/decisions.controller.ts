import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '#auth';
import { DecideApplicationHandler, type DecisionResult } from '../../application/decide-application/decide-application.handler.js';
import { DecideApplicationDto } from './decide-application.dto.js';

@ApiTags('decisions')
@ApiBearerAuth()
@Controller('decisions')
export class DecisionsController {
  constructor(private readonly decideApplication: DecideApplicationHandler) {}

  @Post()
  @HttpCode(201)
  @Roles('abb')
  decide(@Body() body: DecideApplicationDto): Promise<DecisionResult> {
    return this.decideApplication.execute(body);
  }
}

import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '#auth';
import { ListGovernmentsHandler } from '../../application/list-governments/list-governments.handler.js';
import { RegisterGovernmentHandler } from '../../application/register-government/register-government.handler.js';
import type { LocalGovernment } from '../../domain/local-government.js';
import { RegisterGovernmentDto } from './register-government.dto.js';

@ApiTags('local governments')
@ApiBearerAuth()
@Controller('governments')
export class GovernmentsController {
  constructor(
    private readonly registerGovernment: RegisterGovernmentHandler,
    private readonly listGovernments: ListGovernmentsHandler,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('abb')
  register(@Body() body: RegisterGovernmentDto): Promise<LocalGovernment> {
    return this.registerGovernment.execute(body);
  }

  /** ABB sees every government; a local government officer only its own (or its group's). */
  @Get()
  @Roles('abb', 'government')
  list(@CurrentPrincipal() principal: Principal): Promise<LocalGovernment[]> {
    return this.listGovernments.execute({ codes: principal.role === 'abb' ? undefined : principal.governmentCodes });
  }
}

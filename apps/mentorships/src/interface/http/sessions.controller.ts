import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { assertGovernmentAccess, CurrentPrincipal, Roles, type Principal } from '#auth';
import { NotFound } from '#domain';
import { ApiProblem } from '#platform';
import { ChangeSessionHandler } from '../../application/change-session/change-session.handler.js';
import { ListSessionsHandler } from '../../application/list-sessions/list-sessions.handler.js';
import { PlanSessionHandler } from '../../application/plan-session/plan-session.handler.js';
import type { RegistrationView, SessionView } from '../../application/plan-session/session-view.js';
import { RecordAttendanceHandler } from '../../application/record-attendance/record-attendance.handler.js';
import { RegisterForSessionHandler } from '../../application/register-for-session/register-for-session.handler.js';
import { WithdrawRegistrationHandler, type WithdrawalView } from '../../application/withdraw-registration/withdraw-registration.handler.js';
import { NetworkAccessGuard } from './network-access.js';
import {
  AttendanceCodeDto,
  PlanSessionDto,
  RegistrationDto,
  RegistrationResponse,
  SessionResponse,
  WithdrawalResponse,
} from './sessions.dto.js';

const NETWORK_PARAM = { name: 'networkId', example: 'network-12025-A22-PJ1' };
/**
 * A session is named by its UUID; anything else names no session. Checked in the method, after the body's validation,
 * so a broken body is still refused naming its field.
 */
const sessionIdOf = (raw: string): string => {
  if (!UUID.test(raw)) throw new NotFound(`sessionId: ${raw} is not a session`);
  return raw;
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const SESSION_PARAM = { name: 'sessionId', example: '5b1e2c34-7d8f-4a6b-9c0d-1e2f3a4b5c6d' };
const GOVERNMENT_PARAM = { name: 'governmentCode', example: '44021' };

@ApiTags('learning network sessions')
@ApiBearerAuth()
@Controller('networks/:networkId/sessions')
export class SessionsController {
  constructor(
    private readonly access: NetworkAccessGuard,
    private readonly planSession: PlanSessionHandler,
    private readonly changeSession: ChangeSessionHandler,
    private readonly listSessions: ListSessionsHandler,
    private readonly registerForSession: RegisterForSessionHandler,
    private readonly withdrawRegistration: WithdrawRegistrationHandler,
    private readonly recordAttendance: RecordAttendanceHandler,
  ) {}

  @Get()
  @Roles('abb', 'mentor', 'government')
  @ApiOperation({ summary: "A network's sessions (a member sees its own registrations and no attendance code)" })
  @ApiParam(NETWORK_PARAM)
  @ApiOkResponse({ type: [SessionResponse] })
  @ApiProblem(403, 'a mentor of another network, or a government not invited to or in this one')
  @ApiProblem(404, 'no learning network of that id')
  async sessions(@Param('networkId') networkId: string, @CurrentPrincipal() principal: Principal): Promise<SessionView[]> {
    const access = await this.access.toView(principal, networkId);
    return this.listSessions.execute({ networkId, memberCodes: principal.role === 'government' ? access.involvedCodes : undefined });
  }

  @Post()
  @HttpCode(201)
  @Roles('abb', 'mentor')
  @ApiOperation({ summary: 'Plan a session; the members get an e-mail with a calendar invitation (.ics)' })
  @ApiParam(NETWORK_PARAM)
  @ApiCreatedResponse({ type: SessionResponse })
  @ApiProblem(400, 'endsAt not after startsAt, neither place nor onlineLink, capacity below 1, a material that is not a link')
  @ApiProblem(403, 'a mentor of another network')
  @ApiProblem(404, 'no learning network of that id')
  async plan(
    @Param('networkId') networkId: string,
    @Body() body: PlanSessionDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SessionView> {
    await this.access.toManage(principal, networkId);
    return this.planSession.execute({ networkId, plan: body });
  }

  @Put(':sessionId')
  @Roles('abb', 'mentor')
  @ApiOperation({ summary: 'Change a session (the whole plan); the members get the updated calendar invitation' })
  @ApiParam(NETWORK_PARAM)
  @ApiParam(SESSION_PARAM)
  @ApiOkResponse({ type: SessionResponse })
  @ApiProblem(400, 'as for planning, and a capacity below the registrations already made')
  @ApiProblem(403, 'a mentor of another network')
  @ApiProblem(404, 'no such network, or no such session in it')
  @ApiProblem(409, 'the session is cancelled')
  async update(
    @Param('networkId') networkId: string,
    @Param('sessionId') sessionIdParam: string,
    @Body() body: PlanSessionDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SessionView> {
    await this.access.toManage(principal, networkId);
    const sessionId = sessionIdOf(sessionIdParam);
    return this.changeSession.execute({ networkId, sessionId, plan: body });
  }

  @Delete(':sessionId')
  @Roles('abb', 'mentor')
  @ApiOperation({ summary: 'Cancel a session; the members get a calendar cancellation' })
  @ApiParam(NETWORK_PARAM)
  @ApiParam(SESSION_PARAM)
  @ApiOkResponse({ type: SessionResponse })
  @ApiProblem(403, 'a mentor of another network')
  @ApiProblem(404, 'no such network, or no such session in it')
  @ApiProblem(409, 'the session is cancelled already')
  async cancel(
    @Param('networkId') networkId: string,
    @Param('sessionId') sessionIdParam: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SessionView> {
    await this.access.toManage(principal, networkId);
    const sessionId = sessionIdOf(sessionIdParam);
    return this.changeSession.execute({ networkId, sessionId });
  }

  @Post(':sessionId/registrations')
  @HttpCode(201)
  @Roles('government')
  @ApiOperation({ summary: 'A member registers for a session, up to its capacity' })
  @ApiParam(NETWORK_PARAM)
  @ApiParam(SESSION_PARAM)
  @ApiCreatedResponse({ type: RegistrationResponse })
  @ApiProblem(400, 'the session is full or over, the government is not a member or registered already')
  @ApiProblem(403, 'a token for another government')
  @ApiProblem(404, 'no such session in the network')
  @ApiProblem(409, 'the session is cancelled')
  register(
    @Param('networkId') networkId: string,
    @Param('sessionId') sessionIdParam: string,
    @Body() body: RegistrationDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegistrationView> {
    assertGovernmentAccess(principal, body.governmentCode);
    const sessionId = sessionIdOf(sessionIdParam);
    return this.registerForSession.execute({ networkId, sessionId, governmentCode: body.governmentCode });
  }

  @Delete(':sessionId/registrations/:governmentCode')
  @Roles('government')
  @ApiOperation({ summary: 'A member withdraws its registration for a session that has not started, freeing its place' })
  @ApiParam(NETWORK_PARAM)
  @ApiParam(SESSION_PARAM)
  @ApiParam(GOVERNMENT_PARAM)
  @ApiOkResponse({ type: WithdrawalResponse })
  @ApiProblem(400, 'the session has started (or is over)')
  @ApiProblem(403, 'a token for another government')
  @ApiProblem(404, 'no such session in the network, or the government is not registered for it')
  @ApiProblem(409, 'the session is cancelled')
  withdraw(
    @Param('networkId') networkId: string,
    @Param('sessionId') sessionIdParam: string,
    @Param('governmentCode') governmentCode: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WithdrawalView> {
    assertGovernmentAccess(principal, governmentCode);
    const sessionId = sessionIdOf(sessionIdParam);
    return this.withdrawRegistration.execute({ networkId, sessionId, governmentCode });
  }

  @Put(':sessionId/attendance/:governmentCode')
  @Roles('abb', 'mentor')
  @ApiOperation({ summary: "The mentor records a member's attendance (once; the member gets a confirmation)" })
  @ApiParam(NETWORK_PARAM)
  @ApiParam(SESSION_PARAM)
  @ApiParam(GOVERNMENT_PARAM)
  @ApiOkResponse({ type: RegistrationResponse })
  @ApiProblem(400, 'the government is not a member, or the session has not started')
  @ApiProblem(403, 'a mentor of another network')
  @ApiProblem(404, 'no such network, or no such session in it')
  @ApiProblem(409, 'the session is cancelled')
  async attendedByMentor(
    @Param('networkId') networkId: string,
    @Param('sessionId') sessionIdParam: string,
    @Param('governmentCode') governmentCode: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegistrationView> {
    await this.access.toManage(principal, networkId);
    const sessionId = sessionIdOf(sessionIdParam);
    return this.recordAttendance.execute({ networkId, sessionId, governmentCode, recordedBy: 'mentor' });
  }

  @Post(':sessionId/attendance-code')
  @HttpCode(200)
  @Roles('government')
  @ApiOperation({ summary: "A participant enters the session's attendance code, valid only while the session runs" })
  @ApiParam(NETWORK_PARAM)
  @ApiParam(SESSION_PARAM)
  @ApiOkResponse({ type: RegistrationResponse })
  @ApiProblem(400, 'a wrong code, a code outside the session, or a government that is not a member')
  @ApiProblem(403, 'a token for another government')
  @ApiProblem(404, 'no such session in the network')
  @ApiProblem(409, 'the session is cancelled')
  attendedByCode(
    @Param('networkId') networkId: string,
    @Param('sessionId') sessionIdParam: string,
    @Body() body: AttendanceCodeDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegistrationView> {
    assertGovernmentAccess(principal, body.governmentCode);
    const sessionId = sessionIdOf(sessionIdParam);
    return this.recordAttendance.execute({
      networkId,
      sessionId,
      governmentCode: body.governmentCode,
      recordedBy: 'code',
      code: body.code,
    });
  }
}

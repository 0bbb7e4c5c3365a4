import { Body, Controller, ForbiddenException, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { assertGovernmentAccess, CurrentPrincipal, Roles, type Principal } from '#auth';
import { RuleViolation } from '#domain';
import { ApiProblem } from '#platform';
import { ChangePreferencesHandler } from '../../application/change-preferences/change-preferences.handler.js';
import type { PreferencesOf } from '../../application/change-preferences/change-preferences.command.js';
import { ABB_INBOX } from '../../domain/notice-kinds.js';
import type { PreferenceView } from '../../domain/preferences.js';
import { ChangePreferencesDto, PreferenceResponse, PreferencesQueryDto } from './preferences.dto.js';

/** Whose preferences a request is about: a government the officer acts for, or ABB staff's own. */
const recipientOf = (principal: Principal, governmentCode: string | undefined, changing: boolean): PreferencesOf => {
  if (governmentCode === undefined) {
    if (principal.role === 'abb') return { recipient: ABB_INBOX, audience: 'abb' };
    throw new ForbiddenException('name the governmentCode: a local government officer sets the preferences of a government it acts for');
  }
  if (principal.role === 'abb' && changing)
    throw RuleViolation.at(
      'governmentCode',
      'a government chooses its own preferences; ABB changes only its own (leave governmentCode out)',
    );
  assertGovernmentAccess(principal, governmentCode);
  return { recipient: governmentCode, audience: 'government' };
};

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('preferences')
export class PreferencesController {
  constructor(private readonly changePreferences: ChangePreferencesHandler) {}

  @Get()
  @Roles('abb', 'government')
  @ApiOperation({ summary: 'Which kinds of message go over e-mail and the inbox, for a government or for ABB staff' })
  @ApiOkResponse({ type: [PreferenceResponse] })
  @ApiProblem(400, 'a malformed governmentCode')
  @ApiProblem(403, 'a government the caller does not act for, or none named by a government officer')
  list(@Query() query: PreferencesQueryDto, @CurrentPrincipal() principal: Principal): Promise<PreferenceView[]> {
    return this.changePreferences.list(recipientOf(principal, query.governmentCode, false));
  }

  @Put()
  @Roles('abb', 'government')
  @ApiOperation({ summary: 'Switch kinds of message on or off per channel; lagging, at-risk and overdue cannot be switched off' })
  @ApiOkResponse({ type: [PreferenceResponse] })
  @ApiProblem(
    400,
    'a critical kind switched off, a kind the recipient does not receive, the same kind and channel twice, ABB naming a government',
  )
  @ApiProblem(403, 'a government the caller does not act for, or none named by a government officer')
  change(@Body() body: ChangePreferencesDto, @CurrentPrincipal() principal: Principal): Promise<PreferenceView[]> {
    return this.changePreferences.execute({ ...recipientOf(principal, body.governmentCode, true), preferences: body.preferences });
  }
}

import { Controller, Get, Header, HttpCode, Inject, Logger, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { FinishSignInHandler } from '../../application/sign-in/finish-sign-in.handler.js';
import { StartSignInHandler } from '../../application/sign-in/start-sign-in.handler.js';
import { sessionView, type SessionView } from '../../domain/web-session.js';
import { WebSessionRepository } from '../../infrastructure/web-session.repository.js';
import { WEB_CONFIG } from '../../web-config.token.js';
import type { WebConfig } from '../../web-config.js';
import { CsrfGuard } from './csrf.guard.js';
import { clearSessionCookie, setSessionCookie, type SessionRequest } from './session.middleware.js';

/** Signing in with the OpenID provider, the session the pages ask about, and signing out. */
@Controller('auth')
export class AuthController {
  private readonly logger = new Logger('Auth');

  constructor(
    @Inject(StartSignInHandler) private readonly startSignIn: StartSignInHandler,
    @Inject(FinishSignInHandler) private readonly finishSignIn: FinishSignInHandler,
    @Inject(WebSessionRepository) private readonly sessions: WebSessionRepository,
    @Inject(WEB_CONFIG) private readonly config: WebConfig,
  ) {}

  @Get('login')
  async login(@Query('returnTo') returnTo: unknown, @Res() response: Response): Promise<void> {
    try {
      const { sessionId, redirectTo } = await this.startSignIn.execute({ returnTo });
      setSessionCookie(response, this.config, sessionId, 10 * 60);
      response.setHeader('cache-control', 'no-store');
      response.redirect(303, redirectTo);
    } catch (error) {
      this.logger.error(`cannot start a sign-in: ${error instanceof Error ? error.message : String(error)}`);
      response.status(503).type('text/plain; charset=utf-8').send('Aanmelden is nu niet mogelijk: de aanmeldingsdienst antwoordt niet.');
    }
  }

  @Get('callback')
  async callback(@Req() request: SessionRequest, @Res() response: Response): Promise<void> {
    const outcome = await this.finishSignIn.execute({
      sessionId: request.webSessionId,
      callbackUrl: new URL(request.originalUrl, this.config.publicUrl),
    });
    response.setHeader('cache-control', 'no-store');
    if (!outcome.ok) {
      this.logger.warn(`sign-in refused: ${outcome.reason}`);
      clearSessionCookie(response, this.config);
      response.redirect(303, '/?aanmelden=mislukt');
      return;
    }
    setSessionCookie(response, this.config, outcome.sessionId, this.config.sessionLifetimeSeconds);
    response.redirect(303, outcome.returnTo);
  }

  @Get('session')
  @Header('cache-control', 'no-store')
  session(@Req() request: SessionRequest): SessionView {
    return sessionView(request.webSession);
  }

  @Post('logout')
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  @UseGuards(CsrfGuard)
  async logout(@Req() request: SessionRequest, @Res({ passthrough: true }) response: Response): Promise<SessionView> {
    await this.sessions.take(request.webSessionId);
    clearSessionCookie(response, this.config);
    return { signedIn: false };
  }
}

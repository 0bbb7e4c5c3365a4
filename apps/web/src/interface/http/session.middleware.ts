import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { CookieOptions, NextFunction, Request, Response } from 'express';
import { readCookie, sessionCookie } from '../../domain/session-cookie.js';
import type { WebSession } from '../../domain/web-session.js';
import { WebSessionRepository } from '../../infrastructure/web-session.repository.js';
import { WEB_CONFIG } from '../../web-config.token.js';
import type { WebConfig } from '../../web-config.js';

/** The request's session, loaded once by SessionMiddleware. */
export interface WithSession {
  webSessionId?: string;
  webSession?: WebSession;
}

export type SessionRequest = Request & WithSession;

/** Reads the session cookie and loads its session, so guards and controllers see it without another query. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(
    @Inject(WebSessionRepository) private readonly sessions: WebSessionRepository,
    @Inject(WEB_CONFIG) private readonly config: WebConfig,
  ) {}

  use(request: SessionRequest, _response: Response, next: NextFunction): void {
    const id = readCookie(request.headers.cookie, sessionCookie(this.config.insecureCookie).name);
    if (id === undefined) return next();
    this.sessions.find(id).then(
      (session) => {
        request.webSessionId = id;
        request.webSession = session;
        next();
      },
      (error: unknown) => next(error),
    );
  }
}

/** Sets and clears the session cookie with the attributes sessionCookie prescribes. */
export const setSessionCookie = (response: Response, config: WebConfig, sessionId: string, maxAgeSeconds: number): void => {
  const { name, options } = sessionCookie(config.insecureCookie);
  response.cookie(name, sessionId, { ...options, maxAge: maxAgeSeconds * 1000 } satisfies CookieOptions);
};

export const clearSessionCookie = (response: Response, config: WebConfig): void => {
  const { name, options } = sessionCookie(config.insecureCookie);
  response.clearCookie(name, options);
};

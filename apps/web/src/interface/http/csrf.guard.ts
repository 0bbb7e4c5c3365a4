import { ForbiddenException, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { CSRF_HEADER, csrfProblem } from '../../domain/csrf.js';
import { WEB_CONFIG } from '../../web-config.token.js';
import type { WebConfig } from '../../web-config.js';
import type { SessionRequest } from './session.middleware.js';

const header = (value: string | string[] | undefined): string | undefined => (typeof value === 'string' ? value : undefined);

/** Every mutating request proves it comes from our pages (csrfProblem); safe methods pass. */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(@Inject(WEB_CONFIG) private readonly config: WebConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<SessionRequest>();
    const session = request.webSession;
    const problem = csrfProblem({
      method: request.method,
      origin: header(request.headers.origin),
      fetchSite: header(request.headers['sec-fetch-site']),
      headerToken: header(request.headers[CSRF_HEADER]),
      sessionToken: session?.kind === 'signed-in' ? session.csrfToken : undefined,
      expectedOrigin: this.config.publicUrl,
    });
    if (problem !== null) throw new ForbiddenException(`Geweigerd: ${problem} (CSRF check)`);
    return true;
  }
}

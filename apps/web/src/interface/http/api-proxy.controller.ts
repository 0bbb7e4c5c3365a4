import { All, Controller, Inject, Req, Res, UnauthorizedException, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { ProxyRequestHandler } from '../../application/proxy-request/proxy-request.handler.js';
import { isPublicApiRequest } from '../../domain/proxy-route.js';
import { CsrfGuard } from './csrf.guard.js';
import type { SessionRequest } from './session.middleware.js';

/** `/api/<service>/...`: the five APIs, called with the session's token; the browser never sees it. */
@Controller('api')
@UseGuards(CsrfGuard)
export class ApiProxyController {
  constructor(@Inject(ProxyRequestHandler) private readonly proxy: ProxyRequestHandler) {}

  @All('*path')
  async forward(@Req() request: SessionRequest & { body?: unknown }, @Res() response: Response): Promise<void> {
    const session = request.webSession;
    const signedIn = session?.kind === 'signed-in' ? session : undefined;
    if (signedIn === undefined && !isPublicApiRequest(request.method, request.originalUrl))
      throw new UnauthorizedException('Niet aangemeld: meld je opnieuw aan.');
    const answer = await this.proxy.execute({
      session: signedIn,
      method: request.method,
      originalUrl: request.originalUrl,
      headers: request.headers,
      body: Buffer.isBuffer(request.body) ? request.body : undefined,
    });
    response.status(answer.status).set(answer.headers).send(answer.body);
  }
}

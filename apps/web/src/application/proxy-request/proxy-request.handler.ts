import { Inject, Injectable } from '@nestjs/common';
import { forwardedRequestHeaders, forwardedResponseHeaders, proxyTarget } from '../../domain/proxy-route.js';
import type { SignedIn } from '../../domain/web-session.js';
import { WEB_CONFIG } from '../../web-config.token.js';
import type { WebConfig } from '../../web-config.js';

export interface ProxyRequest {
  /** undefined: nobody signed in, on a public path (isPublicApiRequest). */
  session: SignedIn | undefined;
  method: string;
  originalUrl: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer | undefined;
}

export interface ProxyResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const problem = (status: number, title: string, detail: string): ProxyResponse => ({
  status,
  headers: { 'content-type': 'application/problem+json' },
  body: Buffer.from(JSON.stringify({ type: 'about:blank', title, status, detail })),
});

/** Passes a page's API call to its service with the session's bearer token; the service decides what the user may do. */
@Injectable()
export class ProxyRequestHandler {
  constructor(@Inject(WEB_CONFIG) private readonly config: WebConfig) {}

  async execute({ session, method, originalUrl, headers, body }: ProxyRequest): Promise<ProxyResponse> {
    const target = proxyTarget(originalUrl, this.config.serviceUrls);
    if (!target.ok) return problem(target.status, target.status === 404 ? 'Niet gevonden' : 'Ongeldige aanvraag', target.reason);
    let answer: Response;
    try {
      answer = await fetch(target.url, {
        method,
        headers: forwardedRequestHeaders(headers, session?.accessToken),
        body: method === 'GET' || method === 'HEAD' || body === undefined || body.length === 0 ? undefined : new Uint8Array(body),
        redirect: 'manual',
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      return problem(
        502,
        'Dienst niet bereikbaar',
        `${target.service} does not answer: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return {
      status: answer.status,
      headers: forwardedResponseHeaders(answer.headers, target.service),
      body: Buffer.from(await answer.arrayBuffer()),
    };
  }
}

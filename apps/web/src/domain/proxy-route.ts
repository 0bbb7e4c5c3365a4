/** The five services the back office talks to, each under /api/<service>/. */
export const PROXIED_SERVICES = ['applications', 'budgeting', 'reporting', 'mentorships', 'notifications'] as const;
export type ProxiedService = (typeof PROXIED_SERVICES)[number];

export type ProxyTarget = { ok: true; service: ProxiedService; url: string } | { ok: false; status: 400 | 404; reason: string };

const isProxied = (name: string): name is ProxiedService => (PROXIED_SERVICES as readonly string[]).includes(name);

/**
 * Maps `/api/<service>/<path>?<query>` to the service's own URL. Only the five services, only their API (not
 * /health, /metrics or /docs, which are for operators), and no path that climbs out of it (`..`, also encoded).
 */
export const proxyTarget = (originalUrl: string, serviceUrls: Record<ProxiedService, string>): ProxyTarget => {
  const queryAt = originalUrl.indexOf('?');
  const pathname = queryAt < 0 ? originalUrl : originalUrl.slice(0, queryAt);
  const query = queryAt < 0 ? '' : originalUrl.slice(queryAt);
  const match = /^\/api\/([a-z]+)(\/.*)?$/.exec(pathname);
  if (!match) return { ok: false, status: 404, reason: 'not an API path (/api/<service>/...)' };
  const [, service, rest = '/'] = match;
  if (!isProxied(service!)) return { ok: false, status: 404, reason: `no such service: ${service}` };
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return { ok: false, status: 400, reason: 'the path is not valid percent-encoding' };
  }
  if (decoded.split('/').some((segment) => segment === '..' || segment === '.') || decoded.includes('\\') || rest.includes('//'))
    return { ok: false, status: 400, reason: 'the path may not contain ".", ".." or empty segments' };
  const first = decoded.split('/')[1] ?? '';
  if (['health', 'metrics', 'docs', 'docs-json'].includes(first))
    return { ok: false, status: 404, reason: `/${first} is not part of the API the back office uses` };
  return {
    ok: true,
    service: service as ProxiedService,
    url: `${serviceUrls[service as ProxiedService].replace(/\/+$/, '')}${rest}${query}`,
  };
};

/**
 * The API paths anyone may read without signing in: reporting's public results (accepted reports only). Only safe
 * methods; the service decides again (its routes are marked public), the web app merely lets them through unsigned.
 */
export const isPublicApiRequest = (method: string, originalUrl: string): boolean =>
  (method === 'GET' || method === 'HEAD') && /^\/api\/reporting\/public\/results\/[^?#]+$/.test(originalUrl.split('?')[0] ?? '');

/** Request headers passed on to the service; cookies and anything the browser says about authorization stay behind. */
const FORWARDED_REQUEST_HEADERS = ['accept', 'accept-language', 'content-type', 'if-match', 'if-none-match', 'x-correlation-id'];
/** Response headers passed back to the browser. */
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'content-disposition', 'etag', 'cache-control', 'x-correlation-id', 'retry-after'];

type Headers = Record<string, string | string[] | undefined>;

/** Without an access token (a public path, nobody signed in) no authorization header at all. */
export const forwardedRequestHeaders = (incoming: Headers, accessToken: string | undefined): Record<string, string> => {
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = incoming[name];
    if (typeof value === 'string') headers[name] = value;
  }
  if (accessToken !== undefined) headers.authorization = `Bearer ${accessToken}`;
  return headers;
};

/** A service's Location (its own path, e.g. /calls/7) is rewritten to the same resource under /api/<service>. */
export const forwardedResponseHeaders = (
  incoming: { get(name: string): string | null },
  service: ProxiedService,
): Record<string, string> => {
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = incoming.get(name);
    if (value !== null) headers[name] = value;
  }
  const location = incoming.get('location');
  if (location !== null && location.startsWith('/') && !location.startsWith('//')) headers.location = `/api/${service}${location}`;
  return headers;
};

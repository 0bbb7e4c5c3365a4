import { ConfigurationError, PLATFORM_MODES, type PlatformMode } from '#platform';
import { PROXIED_SERVICES, type ProxiedService } from './domain/proxy-route.js';
import { webManifest } from './web.manifest.js';

export interface WebConfig {
  httpPort: number;
  /** Where browsers reach the back office, e.g. https://samenleven.vlaanderen.be: the origin CSRF checks expect. */
  publicUrl: string;
  databaseUrl: string;
  oidc: {
    /** The OpenID provider: the development issuer locally, ACM/IDM in production (settings only). */
    issuer: string;
    clientId: string;
    /** Absent: a public client (PKCE only), as the development issuer allows. ACM/IDM gives the back office a secret. */
    clientSecret: string | undefined;
    scope: string;
  };
  serviceUrls: Record<ProxiedService, string>;
  /** The documented development fallback: a session cookie without __Host- and Secure (sessionCookie). */
  insecureCookie: boolean;
  /** Sessions end this long after signing in at the latest, whatever the token says. */
  sessionLifetimeSeconds: number;
  platformMode: PlatformMode;
}

type Environment = Record<string, string | undefined>;

/** The services' default ports (their manifests), where npm start runs them; apps do not import each other's manifests. */
const DEFAULT_SERVICE_PORTS: Record<ProxiedService, number> = {
  applications: 3001,
  budgeting: 3002,
  reporting: 3003,
  mentorships: 3004,
  notifications: 3005,
};

const url = (name: string, value: string): URL => {
  try {
    return new URL(value);
  } catch {
    throw new ConfigurationError(`${name} must be a URL, got "${value}"`);
  }
};

/** `WEB_X` wins over `X`, as for the services, so one shell can configure everything. */
export const loadWebConfig = (env: Environment = process.env): WebConfig => {
  const read = (name: string, fallback: string): string => env[`WEB_${name}`] ?? env[name] ?? fallback;
  const mode = read('PLATFORM_MODE', 'production');
  const platformMode = PLATFORM_MODES.find((known) => known === mode);
  if (platformMode === undefined) throw new ConfigurationError(`PLATFORM_MODE must be one of ${PLATFORM_MODES.join(', ')}, got "${mode}"`);
  const port = Number(read('HTTP_PORT', String(webManifest.defaultPort)));
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigurationError(`WEB_HTTP_PORT must be a port number`);
  const publicUrl = url('WEB_PUBLIC_URL', read('PUBLIC_URL', `http://127.0.0.1:${port}`));
  const issuer = url('OIDC_ISSUER', read('OIDC_ISSUER', 'http://127.0.0.1:3100'));
  const insecureCookie = read('COOKIE_INSECURE', 'false') === 'true';
  if (platformMode === 'production') {
    // Tokens and session cookies over plain HTTP are for a developer's machine only.
    if (publicUrl.protocol !== 'https:') throw new ConfigurationError('WEB_PUBLIC_URL must be https in production');
    if (issuer.protocol !== 'https:') throw new ConfigurationError('OIDC_ISSUER must be https in production');
    if (insecureCookie) throw new ConfigurationError('WEB_COOKIE_INSECURE=true is for development only');
  }
  const lifetime = Number(read('SESSION_LIFETIME_SECONDS', String(8 * 3600)));
  if (!Number.isInteger(lifetime) || lifetime < 60)
    throw new ConfigurationError('WEB_SESSION_LIFETIME_SECONDS must be a whole number >= 60');
  const serviceUrls = Object.fromEntries(
    PROXIED_SERVICES.map((service) => {
      const name = `${service.toUpperCase()}_URL`;
      return [
        service,
        url(`WEB_${name}`, read(name, `http://127.0.0.1:${DEFAULT_SERVICE_PORTS[service]}`))
          .toString()
          .replace(/\/+$/, ''),
      ];
    }),
  ) as Record<ProxiedService, string>;
  const secret = read('OIDC_CLIENT_SECRET', '');
  return {
    httpPort: port,
    publicUrl: publicUrl.origin,
    databaseUrl: url('WEB_DATABASE_URL', read('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/samenleven_web')).toString(),
    oidc: {
      issuer: issuer.toString().replace(/\/+$/, ''),
      clientId: read('OIDC_CLIENT_ID', 'samenleven-web'),
      clientSecret: secret === '' ? undefined : secret,
      scope: read('OIDC_SCOPE', 'openid profile'),
    },
    serviceUrls,
    insecureCookie,
    sessionLifetimeSeconds: lifetime,
    platformMode,
  };
};

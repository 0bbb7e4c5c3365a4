export const SERVICE_NAMES = ['applications', 'budgeting', 'reporting', 'mentorships', 'notifications'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

const DEFAULT_PORTS: Record<ServiceName, number> = {
  applications: 3001,
  budgeting: 3002,
  reporting: 3003,
  mentorships: 3004,
  notifications: 3005,
};

export interface ServiceConfig {
  service: ServiceName;
  httpPort: number;
  databaseUrl: string;
  kafkaBrokers: string[];
  /** Prepended to every topic name: lets tests (or several environments) share one cluster without cross-talk. */
  topicPrefix: string;
  oidc: { issuer: string; audience: string; jwksUrl: string };
  smtpUrl: string;
  mailFrom: string;
  seedDemoData: boolean;
}

type Environment = Record<string, string | undefined>;

/** Thrown at start-up so a misconfigured service stops with a sentence, not a stack trace deep in a driver. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

const parsePort = (name: string, value: string): number => {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigurationError(`${name} must be a port number, got "${value}"`);
  return port;
};

const parseUrl = (name: string, value: string): string => {
  try {
    new URL(value);
    return value;
  } catch {
    throw new ConfigurationError(`${name} must be a URL, got "${value}"`);
  }
};

/** Reads a service's configuration; `<SERVICE>_X` wins over `X` so one shell can configure all five services. */
export const loadServiceConfig = (service: ServiceName, env: Environment = process.env): ServiceConfig => {
  const prefix = service.toUpperCase();
  const read = (name: string, fallback: string): string => env[`${prefix}_${name}`] ?? env[name] ?? fallback;
  const issuer = read('OIDC_ISSUER', 'http://127.0.0.1:3100');
  const brokers = read('KAFKA_BROKERS', '127.0.0.1:9092')
    .split(',')
    .map((broker) => broker.trim())
    .filter((broker) => broker !== '');
  if (brokers.length === 0) throw new ConfigurationError('KAFKA_BROKERS must list at least one host:port');
  return {
    service,
    httpPort: parsePort('HTTP_PORT', read('HTTP_PORT', String(DEFAULT_PORTS[service]))),
    databaseUrl: parseUrl('DATABASE_URL', read('DATABASE_URL', `postgres://postgres@127.0.0.1:5432/samenleven_${service}`)),
    kafkaBrokers: brokers,
    topicPrefix: read('KAFKA_TOPIC_PREFIX', ''),
    oidc: {
      issuer: parseUrl('OIDC_ISSUER', issuer),
      audience: read('OIDC_AUDIENCE', 'samenleven'),
      jwksUrl: parseUrl('OIDC_JWKS_URL', read('OIDC_JWKS_URL', `${issuer}/jwks`)),
    },
    smtpUrl: parseUrl('SMTP_URL', read('SMTP_URL', 'smtp://127.0.0.1:2525')),
    mailFrom: read('MAIL_FROM', 'Plan Samenleven <samenleven@vlaanderen.example>'),
    seedDemoData: read('SEED_DEMO_DATA', 'false') === 'true',
  };
};

/** What configuration reads from a service's manifest (ServiceManifest). */
export interface ConfiguredService {
  readonly name: string;
  readonly defaultPort: number;
  readonly consumerGroup?: string;
}

export interface ServiceConfig {
  service: string;
  /** From the manifest: the service's Kafka consumer group, absent when it consumes nothing. */
  consumerGroup?: string;
  httpPort: number;
  databaseUrl: string;
  kafkaBrokers: string[];
  /** Prepended to every topic name: lets tests (or several environments) share one cluster without cross-talk. */
  topicPrefix: string;
  oidc: { issuer: string; audience: string; jwksUrl: string };
  smtpUrl: string;
  mailFrom: string;
  /** How old a claim on an e-mail must be before another dispatcher sends it again (notifications). */
  mailClaimTimeoutMs: number;
  /** Notifications: the e-mail addresses of the ABB staff who get the daily digest (ABB_DIGEST_RECIPIENTS). */
  abbDigestRecipients: string[];
  /** Notifications: the time of day (HH:MM, Brussels, on the programme clock) of the daily digest (ABB_DIGEST_AT). */
  abbDigestAt: string;
  /** Notifications: a folder of message templates to use instead of the shipped ones (NOTIFICATION_TEMPLATES_DIR). */
  notificationTemplatesDir: string | null;
  /** How often applications looks for calls whose closing date the programme clock has passed. */
  callClosingIntervalMs: number;
  /** Reporting: the share of what was expected by the end of a period below which an indicator is lagging. */
  laggingTolerance: number;
  /** How often reporting looks for reminder and overdue moments the programme clock has passed. */
  deadlineIntervalMs: number;
  /** production: the programme clock runs on as configured and cannot be moved; development: ABB may move it forward. */
  platformMode: PlatformMode;
  /** The programme clock: where programme time stood at which real moment (ProgrammeClock). */
  programmeClock: { startAt: Date | null; anchorAt: Date };
}

export const PLATFORM_MODES = ['production', 'development'] as const;
export type PlatformMode = (typeof PLATFORM_MODES)[number];

export const serviceDatabaseName = (service: string): string => `samenleven_${service}`;

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

const parsePositiveInteger = (name: string, value: string): number => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new ConfigurationError(`${name} must be a whole number > 0, got "${value}"`);
  return number;
};

const parseShare = (name: string, value: string): number => {
  const share = Number(value);
  if (value.trim() === '' || !Number.isFinite(share) || share <= 0 || share > 1)
    throw new ConfigurationError(`${name} must be a share > 0 and <= 1 (0.8 is 80%), got "${value}"`);
  return share;
};

const parseInstant = (name: string, value: string): Date => {
  const instant = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(instant.getTime()))
    throw new ConfigurationError(`${name} must be an ISO 8601 date or date-time, got "${value}"`);
  return instant;
};

const parseMode = (value: string): PlatformMode => {
  const mode = PLATFORM_MODES.find((known) => known === value);
  if (mode === undefined) throw new ConfigurationError(`PLATFORM_MODE must be one of ${PLATFORM_MODES.join(', ')}, got "${value}"`);
  return mode;
};

const parseTimeOfDay = (name: string, value: string): string => {
  if (!/^([01][0-9]|2[0-3]):[0-5][0-9]$/.test(value)) throw new ConfigurationError(`${name} must be a time of day HH:MM, got "${value}"`);
  return value;
};

const parseAddresses = (name: string, value: string): string[] => {
  const addresses = value
    .split(',')
    .map((address) => address.trim())
    .filter((address) => address !== '');
  const bad = addresses.filter((address) => !/^[^@\s<>,]+@[^@\s<>,]+$/.test(address));
  if (bad.length > 0) throw new ConfigurationError(`${name} must list e-mail addresses separated by commas, got "${bad.join('", "')}"`);
  return [...new Set(addresses)];
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
export const loadServiceConfig = (
  { name: service, defaultPort, consumerGroup }: ConfiguredService,
  env: Environment = process.env,
): ServiceConfig => {
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
    ...(consumerGroup === undefined ? {} : { consumerGroup }),
    httpPort: parsePort('HTTP_PORT', read('HTTP_PORT', String(defaultPort))),
    databaseUrl: parseUrl('DATABASE_URL', read('DATABASE_URL', `postgres://postgres@127.0.0.1:5432/${serviceDatabaseName(service)}`)),
    kafkaBrokers: brokers,
    topicPrefix: read('KAFKA_TOPIC_PREFIX', ''),
    oidc: {
      issuer: parseUrl('OIDC_ISSUER', issuer),
      audience: read('OIDC_AUDIENCE', 'samenleven'),
      jwksUrl: parseUrl('OIDC_JWKS_URL', read('OIDC_JWKS_URL', `${issuer}/jwks`)),
    },
    smtpUrl: parseUrl('SMTP_URL', read('SMTP_URL', 'smtp://127.0.0.1:2525')),
    mailFrom: read('MAIL_FROM', 'Plan Samenleven <samenleven@vlaanderen.example>'),
    // Five minutes; shorter only where a harness kills dispatchers on purpose (npm run chaos).
    mailClaimTimeoutMs: parsePositiveInteger('MAIL_CLAIM_TIMEOUT_MS', read('MAIL_CLAIM_TIMEOUT_MS', String(5 * 60_000))),
    abbDigestRecipients: parseAddresses('ABB_DIGEST_RECIPIENTS', read('ABB_DIGEST_RECIPIENTS', '')),
    abbDigestAt: parseTimeOfDay('ABB_DIGEST_AT', read('ABB_DIGEST_AT', '07:00')),
    notificationTemplatesDir: read('NOTIFICATION_TEMPLATES_DIR', '') === '' ? null : read('NOTIFICATION_TEMPLATES_DIR', ''),
    callClosingIntervalMs: parsePositiveInteger('CALL_CLOSING_POLL_MS', read('CALL_CLOSING_POLL_MS', '5000')),
    laggingTolerance: parseShare('LAGGING_TOLERANCE', read('LAGGING_TOLERANCE', '0.8')),
    deadlineIntervalMs: parsePositiveInteger('DEADLINE_POLL_MS', read('DEADLINE_POLL_MS', '5000')),
    // Production unless told otherwise: a deployment that forgets the variable must not let anyone move its clock.
    platformMode: parseMode(read('PLATFORM_MODE', 'production')),
    programmeClock: {
      startAt: read('PROGRAMME_CLOCK_START', '') === '' ? null : parseInstant('PROGRAMME_CLOCK_START', read('PROGRAMME_CLOCK_START', '')),
      // Without an anchor every service would start its clock when its own process started: a few seconds apart.
      anchorAt:
        read('PROGRAMME_CLOCK_ANCHOR', '') === '' ? new Date() : parseInstant('PROGRAMME_CLOCK_ANCHOR', read('PROGRAMME_CLOCK_ANCHOR', '')),
    },
  };
};

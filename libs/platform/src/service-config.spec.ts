import { describe, expect, it } from '@jest/globals';
import { ConfigurationError, loadServiceConfig } from './service-config.js';

const reporting = { name: 'reporting', defaultPort: 3003, consumerGroup: 'reporting' };
const budgeting = { name: 'budgeting', defaultPort: 3002 };

describe('loadServiceConfig', () => {
  it('falls back to the local defaults of this machine', () => {
    const config = loadServiceConfig(reporting, {});
    expect(config.httpPort).toBe(3003);
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/samenleven_reporting');
    expect(config.kafkaBrokers).toEqual(['127.0.0.1:9092']);
    expect(config.oidc.jwksUrl).toBe('http://127.0.0.1:3100/jwks');
    expect(config.consumerGroup).toBe('reporting');
  });

  it('lets a service-specific variable win over the shared one', () => {
    const config = loadServiceConfig(budgeting, { HTTP_PORT: '4000', BUDGETING_HTTP_PORT: '4100', KAFKA_BROKERS: 'a:1, b:2' });
    expect(config.httpPort).toBe(4100);
    expect(config.kafkaBrokers).toEqual(['a:1', 'b:2']);
    expect(config).not.toHaveProperty('consumerGroup');
  });

  it('names the variable that is wrong', () => {
    expect(() => loadServiceConfig(reporting, { HTTP_PORT: 'eighty' })).toThrow(
      new ConfigurationError('HTTP_PORT must be a port number, got "eighty"'),
    );
    expect(() => loadServiceConfig(reporting, { DATABASE_URL: 'nope' })).toThrow(/DATABASE_URL must be a URL/);
    expect(() => loadServiceConfig(reporting, { MAIL_CLAIM_TIMEOUT_MS: 'soon' })).toThrow(
      new ConfigurationError('MAIL_CLAIM_TIMEOUT_MS must be a whole number > 0, got "soon"'),
    );
  });

  it('waits five minutes before another dispatcher takes over a claim on an e-mail, unless told otherwise', () => {
    expect(loadServiceConfig(reporting, {}).mailClaimTimeoutMs).toBe(300_000);
    expect(loadServiceConfig(reporting, { MAIL_CLAIM_TIMEOUT_MS: '5000' }).mailClaimTimeoutMs).toBe(5_000);
  });

  it('looks for calls past their closing date every five seconds, unless told otherwise', () => {
    expect(loadServiceConfig(reporting, {}).callClosingIntervalMs).toBe(5_000);
    expect(loadServiceConfig(reporting, { CALL_CLOSING_POLL_MS: '250' }).callClosingIntervalMs).toBe(250);
    expect(() => loadServiceConfig(reporting, { CALL_CLOSING_POLL_MS: '0' })).toThrow(/CALL_CLOSING_POLL_MS must be a whole number > 0/);
  });

  it('counts an indicator lagging below 80% of what was expected, unless told otherwise', () => {
    expect(loadServiceConfig(reporting, {}).laggingTolerance).toBe(0.8);
    expect(loadServiceConfig(reporting, { REPORTING_LAGGING_TOLERANCE: '0.75', LAGGING_TOLERANCE: '0.9' }).laggingTolerance).toBe(0.75);
    expect(loadServiceConfig(reporting, { LAGGING_TOLERANCE: '1' }).laggingTolerance).toBe(1);
    for (const wrong of ['0', '1.2', 'most', ''])
      expect(() => loadServiceConfig(reporting, { LAGGING_TOLERANCE: wrong })).toThrow(/LAGGING_TOLERANCE must be a share > 0 and <= 1/);
  });

  it('looks for passed reminder and overdue moments every five seconds, unless told otherwise', () => {
    expect(loadServiceConfig(reporting, {}).deadlineIntervalMs).toBe(5_000);
    expect(loadServiceConfig(reporting, { DEADLINE_POLL_MS: '100' }).deadlineIntervalMs).toBe(100);
  });

  it('runs in production mode unless told it is a development platform, and names an unknown mode', () => {
    expect(loadServiceConfig(reporting, {}).platformMode).toBe('production');
    expect(loadServiceConfig(reporting, { PLATFORM_MODE: 'development' }).platformMode).toBe('development');
    expect(loadServiceConfig(reporting, { REPORTING_PLATFORM_MODE: 'development', PLATFORM_MODE: 'production' }).platformMode).toBe(
      'development',
    );
    expect(() => loadServiceConfig(reporting, { PLATFORM_MODE: 'staging' })).toThrow(
      new ConfigurationError('PLATFORM_MODE must be one of production, development, got "staging"'),
    );
  });

  it('sends the ABB digest at 07:00 to the addresses listed, and reads the templates from a folder when told', () => {
    const notifications = { name: 'notifications', defaultPort: 3005 };
    expect(loadServiceConfig(notifications, {})).toMatchObject({
      abbDigestRecipients: [],
      abbDigestAt: '07:00',
      notificationTemplatesDir: null,
    });
    expect(
      loadServiceConfig(notifications, {
        ABB_DIGEST_RECIPIENTS: ' opvolging@abb.example, an@abb.example,,opvolging@abb.example ',
        NOTIFICATIONS_ABB_DIGEST_AT: '06:30',
        NOTIFICATION_TEMPLATES_DIR: '/etc/samenleven/templates',
      }),
    ).toMatchObject({
      abbDigestRecipients: ['opvolging@abb.example', 'an@abb.example'],
      abbDigestAt: '06:30',
      notificationTemplatesDir: '/etc/samenleven/templates',
    });
    expect(() => loadServiceConfig(notifications, { ABB_DIGEST_AT: '7u' })).toThrow('ABB_DIGEST_AT must be a time of day HH:MM, got "7u"');
    expect(() => loadServiceConfig(notifications, { ABB_DIGEST_RECIPIENTS: 'abb, x@abb.example' })).toThrow(
      'ABB_DIGEST_RECIPIENTS must list e-mail addresses separated by commas, got "abb"',
    );
  });
});

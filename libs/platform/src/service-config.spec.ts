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

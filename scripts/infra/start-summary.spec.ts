import { describe, expect, it } from '@jest/globals';
import { redactUrl, renderStartSummary } from './start-summary.js';

describe('npm start summary', () => {
  const summaryWithoutWeb = {
    services: [
      { name: 'applications', url: 'http://127.0.0.1:3001' },
      { name: 'reporting', url: 'http://127.0.0.1:3003' },
    ],
    kafka: { brokers: '127.0.0.1:9092', detail: 'Apache Kafka 3.9.1' },
    postgres: { url: 'postgres://postgres:secret@127.0.0.1:5433/postgres', detail: 'embedded' },
    mail: { smtpUrl: 'smtp://127.0.0.1:2525', webUrl: 'http://127.0.0.1:3025', dir: '.local/mail' },
    issuer: { issuer: 'http://127.0.0.1:3100', jwksUrl: 'http://127.0.0.1:3100/jwks' },
  };
  const text = renderStartSummary({ ...summaryWithoutWeb, web: 'http://127.0.0.1:3000' });

  it('lists every service with its API docs and readiness URL', () => {
    expect(text).toMatch(
      /applications\s+http:\/\/127\.0\.0\.1:3001\s+http:\/\/127\.0\.0\.1:3001\/docs\s+http:\/\/127\.0\.0\.1:3001\/health\/ready/,
    );
    expect(text).toContain('http://127.0.0.1:3003/docs');
  });

  it('shows the infrastructure and how to get a token, without the database password', () => {
    expect(text).toContain('127.0.0.1:9092');
    expect(text).toContain('http://127.0.0.1:3025');
    expect(text).toContain('JWKS http://127.0.0.1:3100/jwks');
    expect(text).toContain('npm run -s token -- --role abb');
    expect(text).toContain('http://127.0.0.1:3003/figures?projectYear=1');
    expect(text).not.toContain('secret');
  });

  it('names the web back office first, when it runs', () => {
    expect(text).toContain('Web back office: http://127.0.0.1:3000');
    expect(renderStartSummary({ ...summaryWithoutWeb })).not.toContain('Web back office');
  });

  it('redacts only the password', () => {
    expect(redactUrl('postgres://postgres:pw@127.0.0.1:5433/postgres')).toBe('postgres://postgres:***@127.0.0.1:5433/postgres');
    expect(redactUrl('postgres://postgres@127.0.0.1:5432/postgres')).toBe('postgres://postgres@127.0.0.1:5432/postgres');
  });
});

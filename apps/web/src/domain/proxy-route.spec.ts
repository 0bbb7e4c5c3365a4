import { describe, expect, it } from '@jest/globals';
import { forwardedRequestHeaders, forwardedResponseHeaders, isPublicApiRequest, proxyTarget, type ProxiedService } from './proxy-route.js';

const urls: Record<ProxiedService, string> = {
  applications: 'http://127.0.0.1:3001',
  budgeting: 'http://127.0.0.1:3002',
  reporting: 'http://10.0.0.3:3003/',
  mentorships: 'http://127.0.0.1:3004',
  notifications: 'http://127.0.0.1:3005',
};

describe('the API proxy path mapping', () => {
  it('maps /api/<service>/<path>?<query> onto the service', () => {
    expect(proxyTarget('/api/reporting/figures?level=objective&year=2023', urls)).toEqual({
      ok: true,
      service: 'reporting',
      url: 'http://10.0.0.3:3003/figures?level=objective&year=2023',
    });
    expect(proxyTarget('/api/applications/calls/7/close', urls)).toMatchObject({ url: 'http://127.0.0.1:3001/calls/7/close' });
    expect(proxyTarget('/api/budgeting', urls)).toMatchObject({ url: 'http://127.0.0.1:3002/' });
  });

  it('keeps encoded characters as they are', () => {
    expect(proxyTarget('/api/reporting/statuses?governmentCode=44021&x=a%20b', urls)).toMatchObject({
      url: 'http://10.0.0.3:3003/statuses?governmentCode=44021&x=a%20b',
    });
  });

  it.each([
    ['/api/payments/x', 404],
    ['/api/Reporting/figures', 404],
    ['/apix/reporting/figures', 404],
    ['/api/reporting/../applications/calls', 400],
    ['/api/reporting/%2e%2e/metrics', 400],
    ['/api/reporting/%2E%2E%2Fmetrics', 400],
    ['/api/reporting//figures', 400],
    ['/api/reporting/a%5c..', 400],
    ['/api/reporting/%zz', 400],
    ['/api/reporting/health/ready', 404],
    ['/api/reporting/metrics', 404],
    ['/api/reporting/docs-json', 404],
  ])('refuses %s with %d', (path, status) => {
    expect(proxyTarget(path, urls)).toMatchObject({ ok: false, status });
  });

  it('sends the bearer token and the content headers, never the browser’s cookie or authorization', () => {
    expect(
      forwardedRequestHeaders(
        { cookie: 'a=b', authorization: 'Bearer forged', 'content-type': 'application/json', accept: 'application/json', host: 'x' },
        'token-1',
      ),
    ).toEqual({ authorization: 'Bearer token-1', 'content-type': 'application/json', accept: 'application/json' });
  });

  it('sends no authorization at all on a public path read without a session', () => {
    expect(forwardedRequestHeaders({ authorization: 'Bearer forged', accept: 'application/json' }, undefined)).toEqual({
      accept: 'application/json',
    });
  });

  it.each([
    ['GET', '/api/reporting/public/results/1', true],
    ['GET', '/api/reporting/public/results/1/governments/44021?x=1', true],
    ['HEAD', '/api/reporting/public/results/2', true],
    ['POST', '/api/reporting/public/results/1', false],
    ['GET', '/api/reporting/public/results', false],
    ['GET', '/api/reporting/statuses?governmentCode=44021', false],
    ['GET', '/api/budgeting/public/results/1', false],
    ['GET', '/api/reporting/figures?x=/public/results/1', false],
  ])('%s %s is public: %s', (method, path, expected) => {
    expect(isPublicApiRequest(method, path)).toBe(expected);
  });

  it('passes content headers back and puts a Location under /api/<service>', () => {
    const answer = new Headers({
      'content-type': 'application/problem+json',
      'set-cookie': 'x=y',
      location: '/calls/7',
      'content-disposition': 'attachment; filename="x.xlsx"',
    });
    expect(forwardedResponseHeaders(answer, 'applications')).toEqual({
      'content-type': 'application/problem+json',
      'content-disposition': 'attachment; filename="x.xlsx"',
      location: '/api/applications/calls/7',
    });
    expect(forwardedResponseHeaders(new Headers({ location: '//evil.example/' }), 'applications')).toEqual({});
  });
});

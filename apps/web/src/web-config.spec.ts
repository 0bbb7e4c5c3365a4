import { describe, expect, it } from '@jest/globals';
import { loadWebConfig } from './web-config.js';

describe('the web app configuration', () => {
  it('defaults to the development issuer and the services where npm start runs them', () => {
    const config = loadWebConfig({ PLATFORM_MODE: 'development' });
    expect(config).toMatchObject({
      httpPort: 3000,
      publicUrl: 'http://127.0.0.1:3000',
      oidc: { issuer: 'http://127.0.0.1:3100', clientId: 'samenleven-web', clientSecret: undefined, scope: 'openid profile' },
      insecureCookie: false,
    });
    expect(config.serviceUrls.reporting).toBe('http://127.0.0.1:3003');
  });

  it('points at ACM/IDM by settings only, WEB_ variables winning', () => {
    const config = loadWebConfig({
      WEB_PUBLIC_URL: 'https://samenleven.vlaanderen.example/',
      OIDC_ISSUER: 'https://authenticatie.vlaanderen.example/op',
      WEB_OIDC_CLIENT_ID: 'abc',
      WEB_OIDC_CLIENT_SECRET: 'secret',
      OIDC_CLIENT_ID: 'ignored',
      WEB_REPORTING_URL: 'http://reporting:3003',
    });
    expect(config).toMatchObject({
      platformMode: 'production',
      publicUrl: 'https://samenleven.vlaanderen.example',
      oidc: { issuer: 'https://authenticatie.vlaanderen.example/op', clientId: 'abc', clientSecret: 'secret' },
    });
    expect(config.serviceUrls.reporting).toBe('http://reporting:3003');
  });

  it('refuses plain HTTP and the insecure cookie in production', () => {
    expect(() => loadWebConfig({ OIDC_ISSUER: 'https://idp.example' })).toThrow(/WEB_PUBLIC_URL must be https/);
    expect(() => loadWebConfig({ WEB_PUBLIC_URL: 'https://web.example' })).toThrow(/OIDC_ISSUER must be https/);
    expect(() =>
      loadWebConfig({ WEB_PUBLIC_URL: 'https://web.example', OIDC_ISSUER: 'https://idp.example', WEB_COOKIE_INSECURE: 'true' }),
    ).toThrow(/development only/);
    expect(loadWebConfig({ PLATFORM_MODE: 'development', WEB_COOKIE_INSECURE: 'true' }).insecureCookie).toBe(true);
  });
});

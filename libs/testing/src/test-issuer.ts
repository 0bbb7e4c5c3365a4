import { startDevIssuer, type DevIssuer } from './dev-issuer.js';

/** A real token issuer (JWKS over HTTP, ES256) for one test file. */
export type TestIssuer = DevIssuer;

/** A development issuer on a free local port with a key of its own: tokens of other test files never verify here. */
export const createTestIssuer = (): Promise<TestIssuer> => startDevIssuer({ port: 0 });

import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, SignJWT, type CryptoKey, type JWK } from 'jose';
import { claimsForTokenRequest, CLAIMS, tokenRequestProblem, type TokenRequest } from '#auth';
import {
  checkAuthorizationRequest,
  checkCodeExchange,
  clientIdOf,
  CODE_LIFETIME_MS,
  tokenRequestFromLoginForm,
  type IssuedCode,
} from './dev-issuer-authorization.js';
import { renderLoginPage } from './dev-issuer-login-page.js';

export interface DevIssuerOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  audience?: string;
  /** Where the signing key is kept, so tokens stay valid across restarts; a fresh key per start without it. */
  keyFile?: string;
  /** The issuer URL as the services reach it (e.g. http://dev-issuer:3100 in docker compose); default http://host:port. */
  publicUrl?: string;
  /** PLATFORM_MODE of the platform it serves: production refuses to start an issuer that hands out any role. */
  platformMode?: string;
}

/** Thrown when asked to run in production: ACM/IDM is the issuer there. */
export const refuseDevIssuerInProduction = (platformMode: string | undefined): void => {
  if (platformMode === 'production')
    throw new Error('the development issuer hands out any role to anyone and does not run with PLATFORM_MODE=production');
};

export interface DevIssuer {
  issuer: string;
  jwksUrl: string;
  audience: string;
  token(request: TokenRequest): Promise<string>;
  stop(): Promise<void>;
}

const ALGORITHM = 'ES256';
const DEFAULT_LIFETIME = '8h';
const MAX_BODY_BYTES = 16 * 1024;

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

interface StoredKey {
  alg: string;
  privateJwk: JWK;
}

const makeKey = async (): Promise<{ key: SigningKey; stored: StoredKey }> => {
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const privateJwk = await exportJWK(privateKey);
  const key = await keyFromPublic(privateKey, await exportJWK(publicKey));
  return { key, stored: { alg: ALGORITHM, privateJwk } };
};

const keyFromPublic = async (privateKey: CryptoKey, jwk: JWK): Promise<SigningKey> => {
  const kid = await calculateJwkThumbprint(jwk);
  return { kid, privateKey, publicJwk: { ...jwk, kid, alg: ALGORITHM, use: 'sig' } };
};

const loadKey = async (keyFile: string | undefined): Promise<SigningKey> => {
  if (keyFile !== undefined) {
    const text = await readFile(keyFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (text !== undefined) {
      const stored = JSON.parse(text) as StoredKey;
      if (stored.alg !== ALGORITHM)
        throw new Error(
          `${keyFile} holds a ${stored.alg} key; the development issuer signs with ${ALGORITHM} (delete the file to make a new key)`,
        );
      const privateKey = (await importJWK(stored.privateJwk, ALGORITHM)) as CryptoKey;
      // The public half of an EC private JWK is its x and y coordinates.
      const { kty, crv, x, y } = stored.privateJwk;
      return keyFromPublic(privateKey, { kty, crv, x, y });
    }
  }
  const { key, stored } = await makeKey();
  if (keyFile !== undefined) {
    await mkdir(path.dirname(keyFile), { recursive: true });
    await writeFile(keyFile, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return key;
};

class BadRequest extends Error {}

const readBody = async (request: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BadRequest('the request body is too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
};

const parseJsonObject = (text: string): Record<string, unknown> => {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new BadRequest('the body must be JSON, e.g. {"role":"government","org":"44021"}');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new BadRequest('the body must be a JSON object');
  return body as Record<string, unknown>;
};

const isForm = (request: IncomingMessage): boolean =>
  (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() === 'application/x-www-form-urlencoded';

const formFields = (text: string): Record<string, string> => Object.fromEntries(new URLSearchParams(text));

const send = (response: ServerResponse, status: number, body: unknown): void => {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
};

const sendHtml = (response: ServerResponse, status: number, html: string): void => {
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    // The page posts only to itself and can be framed by nobody.
    'content-security-policy':
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http://127.0.0.1:* http://localhost:*; frame-ancestors 'none'",
  });
  response.end(html);
};

/**
 * A stand-in for ACM/IDM on a developer's machine and in tests: publishes its key as a JWKS and
 * signs tokens with the same claims ACM/IDM would send. `POST /token` hands out any role to anyone,
 * so it only ever listens on a local address and is never deployed.
 */
export const startDevIssuer = async ({
  port,
  host = '127.0.0.1',
  audience = 'samenleven',
  keyFile,
  publicUrl,
  platformMode,
}: DevIssuerOptions): Promise<DevIssuer> => {
  refuseDevIssuerInProduction(platformMode);
  const key = await loadKey(keyFile);
  let issuer = '';
  // Codes live in memory for a minute and are used once: a restarted issuer simply asks the developer again.
  const codes = new Map<string, IssuedCode>();

  const token = async (request: TokenRequest): Promise<string> => {
    const problem = tokenRequestProblem(request);
    if (problem !== null) throw new Error(problem);
    return new SignJWT(claimsForTokenRequest(request))
      .setProtectedHeader({ alg: ALGORITHM, kid: key.kid, typ: 'JWT' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setJti(randomUUID())
      .setExpirationTime(request.expiresIn ?? DEFAULT_LIFETIME)
      .sign(key.privateKey);
  };

  const idToken = (issued: IssuedCode): Promise<string> =>
    new SignJWT({ ...claimsForTokenRequest(issued.token), ...(issued.request.nonce === null ? {} : { nonce: issued.request.nonce }) })
      .setProtectedHeader({ alg: ALGORITHM, kid: key.kid, typ: 'JWT' })
      .setIssuer(issuer)
      .setAudience(issued.request.clientId)
      .setIssuedAt()
      .setExpirationTime(issued.token.expiresIn ?? DEFAULT_LIFETIME)
      .sign(key.privateKey);

  /** The login form was sent: a code for the role picked, back to the relying party with its state. */
  const authorize = (response: ServerResponse, fields: Record<string, string>): void => {
    const checked = checkAuthorizationRequest(fields);
    if (!checked.ok)
      return sendHtml(response, 400, `<!doctype html><html lang="nl"><title>Fout</title><p>${checked.description}</p></html>`);
    const picked = tokenRequestFromLoginForm(fields);
    if (!picked.ok) return sendHtml(response, 400, renderLoginPage(checked.value, picked.description));
    for (const [code, issued] of codes) if (issued.expiresAt <= Date.now()) codes.delete(code);
    const code = randomBytes(32).toString('base64url');
    codes.set(code, { request: checked.value, token: picked.value, expiresAt: Date.now() + CODE_LIFETIME_MS });
    const target = new URL(checked.value.redirectUri);
    target.searchParams.set('code', code);
    target.searchParams.set('state', checked.value.state);
    target.searchParams.set('iss', issuer);
    response.writeHead(303, { location: target.toString(), 'cache-control': 'no-store' });
    response.end();
  };

  const exchangeCode = async (request: IncomingMessage, response: ServerResponse, fields: Record<string, string>): Promise<void> => {
    const parameters = { ...fields, client_id: clientIdOf(request.headers.authorization, fields) };
    const issued = fields.code === undefined ? undefined : codes.get(fields.code);
    // A code is spent by the first attempt, right or wrong (RFC 6749 4.1.2: used at most once).
    if (fields.code !== undefined) codes.delete(fields.code);
    const checked = checkCodeExchange(issued, parameters, Date.now());
    if (!checked.ok) return send(response, 400, { error: checked.error, error_description: checked.description });
    return send(response, 200, {
      access_token: await token(checked.value.token),
      id_token: await idToken(checked.value),
      token_type: 'Bearer',
      expires_in: 8 * 3600,
      scope: checked.value.request.scope,
    });
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = `${request.method ?? 'GET'} ${url.pathname}`;
    if (route === 'GET /jwks') return send(response, 200, { keys: [key.publicJwk] });
    if (route === 'GET /.well-known/openid-configuration')
      return send(response, 200, {
        issuer,
        jwks_uri: `${issuer}/jwks`,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        response_types_supported: ['code'],
        grant_types_supported: ['authorization_code'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
        scopes_supported: ['openid', 'profile'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: [ALGORITHM],
        authorization_response_iss_parameter_supported: true,
        claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'name', 'nonce', CLAIMS.organisationCode, CLAIMS.targetGroup, CLAIMS.roles],
      });
    if (route === 'GET /authorize') {
      const checked = checkAuthorizationRequest(Object.fromEntries(url.searchParams));
      if (!checked.ok) return send(response, 400, { error: checked.error, error_description: checked.description });
      return sendHtml(response, 200, renderLoginPage(checked.value));
    }
    if (route === 'POST /authorize') {
      if (!isForm(request)) throw new BadRequest('the login form is sent as application/x-www-form-urlencoded');
      return authorize(response, formFields(await readBody(request)));
    }
    if (route === 'POST /token') {
      const text = await readBody(request);
      // An OAuth client sends a form (the code flow); tests and scripts send JSON naming the role they want.
      if (isForm(request)) return exchangeCode(request, response, formFields(text));
      const body = parseJsonObject(text);
      const problem = tokenRequestProblem(body);
      if (problem !== null) throw new BadRequest(problem);
      const accessToken = await token(body as unknown as TokenRequest);
      return send(response, 200, { access_token: accessToken, token_type: 'Bearer' });
    }
    send(response, 404, { message: `no such endpoint: ${route} (try GET /jwks, GET /authorize or POST /token)` });
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!response.headersSent) send(response, error instanceof BadRequest || error instanceof TypeError ? 400 : 500, { message });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port: actualPort } = server.address() as AddressInfo;
  issuer = publicUrl?.replace(/\/+$/, '') ?? `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    audience,
    token,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
};

import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, SignJWT, type CryptoKey, type JWK } from 'jose';
import { claimsForTokenRequest, CLAIMS, tokenRequestProblem, type TokenRequest } from '#auth';

export interface DevIssuerOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  audience?: string;
  /** Where the signing key is kept, so tokens stay valid across restarts; a fresh key per start without it. */
  keyFile?: string;
  /** The issuer URL as the services reach it (e.g. http://dev-issuer:3100 in docker compose); default http://host:port. */
  publicUrl?: string;
}

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

const readJson = async (request: IncomingMessage): Promise<Record<string, unknown>> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BadRequest('the request body is too large');
    chunks.push(chunk as Buffer);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BadRequest('the body must be JSON, e.g. {"role":"government","org":"44021"}');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new BadRequest('the body must be a JSON object');
  return body as Record<string, unknown>;
};

const send = (response: ServerResponse, status: number, body: unknown): void => {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
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
}: DevIssuerOptions): Promise<DevIssuer> => {
  const key = await loadKey(keyFile);
  let issuer = '';

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

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const route = `${request.method ?? 'GET'} ${new URL(request.url ?? '/', 'http://localhost').pathname}`;
    if (route === 'GET /jwks') return send(response, 200, { keys: [key.publicJwk] });
    if (route === 'GET /.well-known/openid-configuration')
      return send(response, 200, {
        issuer,
        jwks_uri: `${issuer}/jwks`,
        token_endpoint: `${issuer}/token`,
        response_types_supported: ['token'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: [ALGORITHM],
        claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'name', CLAIMS.organisationCode, CLAIMS.targetGroup, CLAIMS.roles],
      });
    if (route === 'POST /token') {
      const body = await readJson(request);
      const problem = tokenRequestProblem(body);
      if (problem !== null) throw new BadRequest(problem);
      const accessToken = await token(body as unknown as TokenRequest);
      return send(response, 200, { access_token: accessToken, token_type: 'Bearer' });
    }
    send(response, 404, { message: `no such endpoint: ${route} (try GET /jwks or POST /token)` });
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

import { startDevIssuer } from '#testing';

/**
 * Runs the development token issuer on its own, for `docker compose` (where every service is its own
 * container). DEV_ISSUER_HOST=0.0.0.0 makes it reachable from the other containers; it hands out any
 * role to anyone, so it is never deployed outside a developer's machine.
 */
const port = Number(process.env.DEV_ISSUER_PORT ?? '3100');
if (!Number.isInteger(port) || port < 0 || port > 65535)
  throw new Error(`DEV_ISSUER_PORT must be a port number, got "${process.env.DEV_ISSUER_PORT}"`);

const issuer = await startDevIssuer({
  // docker compose gives the issuer no PLATFORM_MODE; a production deployment that copies it does, and is refused.
  platformMode: process.env.PLATFORM_MODE,
  port,
  host: process.env.DEV_ISSUER_HOST ?? '127.0.0.1',
  audience: process.env.OIDC_AUDIENCE ?? 'samenleven',
  // A kept key means tokens stay valid when the container restarts.
  keyFile: process.env.DEV_ISSUER_KEY_FILE || undefined,
  // The address the services know the issuer by (its `iss`), which differs from where it binds in a container.
  publicUrl: process.env.DEV_ISSUER_PUBLIC_URL || undefined,
});
process.stdout.write(
  `${JSON.stringify({ msg: 'development issuer listening', issuer: issuer.issuer, jwksUrl: issuer.jwksUrl, audience: issuer.audience })}\n`,
);

const stop = (): void => {
  issuer.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

import { parseArgs } from 'node:util';

/**
 * Shows or moves the platform's programme clock (npm start runs a development platform, where ABB may move it forward):
 * `npm run clock`, `npm run clock -- 2023-04-16`, `npm run clock -- --forward 30d`. Asks applications, which stores
 * the move and announces it to the other four services; asks the development issuer for an ABB token.
 */
const USAGE = `usage: npm run clock [-- <date or date-time> | -- --forward <span>]

  npm run clock                        where the programme clock stands
  npm run clock -- 2023-04-16          move it to the start of 16 April 2023 (UTC)
  npm run clock -- --forward 30d       move it forward 30 days (also 90m, 12h, 2w)

The clock only moves forward, and only on a development platform (PLATFORM_MODE=development, as under npm start).
Applications is asked at APPLICATIONS_URL (default http://127.0.0.1:3001), the token issuer at OIDC_ISSUER.`;

const fail = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

const parse = (): { to?: string; forwardBy?: string } => {
  try {
    const { values, positionals } = parseArgs({
      options: { forward: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help === true) {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    if (positionals.length > 1 || (positionals.length === 1 && values.forward !== undefined)) return fail(USAGE);
    if (positionals.length === 1) return { to: positionals[0]! };
    return values.forward === undefined ? {} : { forwardBy: values.forward };
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
};

const abbToken = async (): Promise<string> => {
  const issuer = (process.env.OIDC_ISSUER ?? 'http://127.0.0.1:3100').replace(/\/+$/, '');
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role: 'abb', subject: 'npm-run-clock' }),
  }).catch(() => fail(`no development token issuer answers at ${issuer}: start the platform with npm start first`));
  const body = (await response.json().catch(() => ({}))) as { access_token?: string; message?: string };
  return typeof body.access_token === 'string'
    ? body.access_token
    : fail(`the issuer at ${issuer} refused: ${body.message ?? response.status}`);
};

const main = async (): Promise<void> => {
  const move = parse();
  const applications = (process.env.APPLICATIONS_URL ?? 'http://127.0.0.1:3001').replace(/\/+$/, '');
  const token = await abbToken();
  const moving = move.to !== undefined || move.forwardBy !== undefined;
  const response = await fetch(`${applications}/programme-clock`, {
    method: moving ? 'POST' : 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(moving ? { body: JSON.stringify(move) } : {}),
  }).catch(() => fail(`applications does not answer at ${applications}: start the platform with npm start first`));
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) return fail(`refused (HTTP ${response.status}): ${String(body.detail ?? body.message ?? '')}`);
  process.stdout.write(
    moving
      ? `programme clock moved from ${String(body.movedFrom)} to ${String(body.movedTo)}; every service follows within seconds\n`
      : `programme clock: ${String(body.now)} (${String(body.mode)} mode${body.movable === true ? ', movable' : ', cannot be moved'})\n`,
  );
};

await main();

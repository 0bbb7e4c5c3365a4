import { parseArgs } from 'node:util';
import { ROLES, tokenRequestProblem, type TokenRequest } from '#auth';

/**
 * Prints a development token, and nothing else, so the README's walk-through can say
 * `GENT=$(npm run -s token -- --role government --org 44021)`. Asks the issuer `npm start` runs.
 */
const USAGE =
  `usage: npm run -s token -- --role <${ROLES.join('|')}> [--org <code>[,<code>...]] ` +
  `[--network <id>] [--subject <sub>] [--expires-in <span>]

  --role abb                          ABB staff (every government and network)
  --role government --org 44021       an officer of local government 44021 (NIS code)
  --role government --org 44021,44083 a group lead: its own government first, then its group
  --role mentor --network <id>        a mentor of learning network <id>
  --expires-in 1h                     lifetime (jose time span; default 8h)

The development issuer is asked at OIDC_ISSUER (default http://127.0.0.1:3100).`;

const fail = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

const parse = (): TokenRequest => {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        role: { type: 'string' },
        org: { type: 'string' },
        network: { type: 'string' },
        subject: { type: 'string' },
        'expires-in': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
  if (values.help === true) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const request = {
    role: values.role,
    org: values.org,
    network: values.network,
    subject: values.subject,
    expiresIn: values['expires-in'],
  };
  const problem = tokenRequestProblem(request);
  if (problem !== null) fail(`${problem}\n\n${USAGE}`);
  return Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined)) as unknown as TokenRequest;
};

const main = async (): Promise<void> => {
  const request = parse();
  const issuer = (process.env.OIDC_ISSUER ?? 'http://127.0.0.1:3100').replace(/\/+$/, '');
  let response: Response;
  try {
    response = await fetch(`${issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
  } catch {
    return fail(`no development token issuer answers at ${issuer}: start the platform with npm start first`);
  }
  const body = (await response.json().catch(() => ({}))) as { access_token?: string; message?: string };
  if (!response.ok || typeof body.access_token !== 'string')
    return fail(
      `the issuer at ${issuer} refused: ${body.message ?? `HTTP ${response.status}`}` +
        (response.status === 404 ? ' (is OIDC_ISSUER pointing at the development issuer?)' : ''),
    );
  process.stdout.write(`${body.access_token}\n`);
};

await main();

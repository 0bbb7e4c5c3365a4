import type { TokenRequest } from '#auth';
import { runDemoScenario } from './demo/demo-scenario.js';

/**
 * The demo data for a platform that runs elsewhere (docker compose): tokens from the development issuer's
 * token endpoint, the services at their URLs. `npm start` runs the same scenario itself. The services' programme clock
 * must stand in June 2022 (PROGRAMME_CLOCK_START, see docker-compose.yml), when the year-1 call was open, and be movable
 * (PLATFORM_MODE=development): the demo moves it through the year.
 */
const env = (name: string, fallback: string): string => process.env[name] ?? fallback;
const issuer = env('OIDC_ISSUER', 'http://127.0.0.1:3100');
const token = async (body: TokenRequest): Promise<string> => {
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`the issuer at ${issuer} answered ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
};

await runDemoScenario(
  {
    applications: env('APPLICATIONS_URL', 'http://127.0.0.1:3001'),
    budgeting: env('BUDGETING_URL', 'http://127.0.0.1:3002'),
    reporting: env('REPORTING_URL', 'http://127.0.0.1:3003'),
    mentorships: env('MENTORSHIPS_URL', 'http://127.0.0.1:3004'),
    notifications: env('NOTIFICATIONS_URL', 'http://127.0.0.1:3005'),
  },
  token,
  (line) => void process.stdout.write(`${line}\n`),
  { scale: process.env.DEMO_SCALE === 'small' ? 'small' : 'full' },
);

/** The "where is everything" table `npm start` prints once all services answer /health/ready. */
export interface StartSummary {
  services: { name: string; url: string }[];
  kafka: { brokers: string; detail: string };
  postgres: { url: string; detail: string };
  mail: { smtpUrl: string; webUrl: string; dir: string };
  issuer: { issuer: string; jwksUrl: string };
  /** The web back office, when it was started. */
  web?: string;
}

/** Connection URLs without their password, for printing. */
export const redactUrl = (value: string): string => {
  try {
    const url = new URL(value);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return value;
  }
};

const table = (rows: string[][]): string[] => {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) => `  ${row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('   ')}`);
};

export const renderStartSummary = (summary: StartSummary): string => {
  const reporting = summary.services.find((service) => service.name === 'reporting')?.url ?? summary.services[0]?.url ?? '';
  return [
    '',
    'Samenleven is running. Ctrl-C stops everything.',
    '',
    ...(summary.web === undefined
      ? []
      : [`  Web back office: ${summary.web} (sign in as ABB, a government or a mentor on the issuer's page)`, '']),
    ...(summary.services.length === 0
      ? []
      : [
          ...table([
            ['service', 'API', 'OpenAPI', 'health'],
            ...summary.services.map((service) => [service.name, service.url, `${service.url}/docs`, `${service.url}/health/ready`]),
          ]),
          '',
        ]),
    ...table([
      ['Kafka', summary.kafka.brokers, summary.kafka.detail],
      ['PostgreSQL', redactUrl(summary.postgres.url), summary.postgres.detail],
      ['mail inbox', summary.mail.webUrl, `.eml files in ${summary.mail.dir}`],
      ['SMTP', summary.mail.smtpUrl, 'every message is kept, none delivered'],
      ['OIDC issuer', summary.issuer.issuer, `JWKS ${summary.issuer.jwksUrl}`],
    ]),
    '',
    'Tokens (in another terminal):',
    '  ABB=$(npm run -s token -- --role abb)',
    '  GENT=$(npm run -s token -- --role government --org 44021)',
    ...(reporting === '' ? [] : [`  curl -s "${reporting}/figures?projectYear=1" -H "Authorization: Bearer $ABB"`]),
    '',
  ].join('\n');
};

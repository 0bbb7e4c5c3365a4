import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A local stand-in for a mail server: accepts every message over SMTP, keeps it as an .eml file
 * (what the e2e tests and a developer read), and shows the folder as a tiny web inbox.
 */

export interface MailSinkOptions {
  /** 0 picks a free port. */
  smtpPort: number;
  /** 0 picks a free port. */
  httpPort: number;
  dir: string;
  host?: string;
  /**
   * Runs once a message is stored and before the client is told it was accepted, so a test can fail
   * something (the sender's database) at the worst moment for a sender.
   */
  onAccept?: (message: Buffer) => Promise<void>;
}

export interface MailSink {
  smtpPort: number;
  httpPort: number;
  dir: string;
  stop(): Promise<void>;
}

export interface StoredMessage {
  file: string;
  date: string | null;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/**
 * `20261124T210812345Z-000001.eml`: sorts by name in arrival order (the e2e helper sorts by name),
 * and contains no characters that need quoting on any file system.
 */
export const emlFileName = (receivedAt: Date, sequence: number): string => {
  const d = receivedAt;
  const stamp =
    `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}T` +
    `${pad(d.getUTCHours(), 2)}${pad(d.getUTCMinutes(), 2)}${pad(d.getUTCSeconds(), 2)}${pad(d.getUTCMilliseconds(), 3)}Z`;
  return `${stamp}-${pad(sequence, 6)}.eml`;
};

/** Only names the sink itself writes; anything else (../, slashes) is refused. */
export const isMessageFileName = (name: string): boolean => /^[0-9A-Za-z_-]+(\.[0-9A-Za-z_-]+)*\.eml$/.test(name);

export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

const addresses = (value: AddressObject | AddressObject[] | undefined): string =>
  value === undefined ? '' : (Array.isArray(value) ? value : [value]).map((address) => address.text).join(', ');

export const readMessage = async (dir: string, file: string): Promise<StoredMessage> => {
  const parsed = await simpleParser(await readFile(path.join(dir, file)));
  return {
    file,
    date: parsed.date?.toISOString() ?? null,
    from: addresses(parsed.from),
    to: addresses(parsed.to),
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : null,
  };
};

/** Every stored message, newest first. */
export const listMessages = async (dir: string): Promise<StoredMessage[]> => {
  const files = (await readdir(dir)).filter(isMessageFileName).sort().reverse();
  return Promise.all(files.map((file) => readMessage(dir, file)));
};

const page = (title: string, body: string): string =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
  '<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse;width:100%}' +
  'td,th{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #ddd}pre{white-space:pre-wrap;background:#f6f6f6;padding:1rem}' +
  'iframe{width:100%;height:30rem;border:1px solid #ddd}</style></head>' +
  `<body>${body}</body></html>`;

export const renderInbox = (messages: StoredMessage[]): string =>
  page(
    'Mail sink',
    `<h1>Mail sink</h1><p>${messages.length} message(s), newest first. JSON: <a href="/api/messages">/api/messages</a></p>` +
      '<table><thead><tr><th>date</th><th>to</th><th>subject</th></tr></thead><tbody>' +
      messages
        .map(
          (message) =>
            `<tr><td>${escapeHtml(message.date ?? '')}</td><td>${escapeHtml(message.to)}</td>` +
            `<td><a href="/messages/${encodeURIComponent(message.file)}">${escapeHtml(message.subject || '(no subject)')}</a></td></tr>`,
        )
        .join('') +
      '</tbody></table>',
  );

export const renderMessage = (message: StoredMessage): string =>
  page(
    message.subject,
    `<p><a href="/">&larr; inbox</a></p><h1>${escapeHtml(message.subject || '(no subject)')}</h1>` +
      '<table>' +
      [
        ['date', message.date ?? ''],
        ['from', message.from],
        ['to', message.to],
        ['file', message.file],
      ]
        .map(([label, value]) => `<tr><th>${label}</th><td>${escapeHtml(value!)}</td></tr>`)
        .join('') +
      '</table>' +
      `<h2>text</h2><pre>${escapeHtml(message.text)}</pre>` +
      // The HTML part renders in a sandbox without scripts; srcdoc is an attribute, hence escaped.
      (message.html === null ? '' : `<h2>html</h2><iframe sandbox="" srcdoc="${escapeHtml(message.html)}"></iframe>`),
  );

const send = (response: http.ServerResponse, status: number, type: string, body: string): void => {
  response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  response.end(body);
};

const handle = async (dir: string, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> => {
  const url = new URL(request.url ?? '/', 'http://mail-sink');
  if (request.method !== 'GET') return send(response, 405, 'text/plain', 'only GET');
  // What npm start polls to know the sink (a process of its own there) is up.
  if (url.pathname === '/health') return send(response, 200, 'text/plain', 'ok');
  if (url.pathname === '/') return send(response, 200, 'text/html', renderInbox(await listMessages(dir)));
  if (url.pathname === '/api/messages') return send(response, 200, 'application/json', JSON.stringify(await listMessages(dir)));
  const match = /^\/messages\/([^/]+)$/.exec(url.pathname);
  if (match) {
    const file = decodeURIComponent(match[1]!);
    if (!isMessageFileName(file)) return send(response, 400, 'text/plain', 'not a message file name');
    try {
      return send(response, 200, 'text/html', renderMessage(await readMessage(dir, file)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return send(response, 404, 'text/plain', 'no such message');
      throw error;
    }
  }
  return send(response, 404, 'text/plain', 'not found');
};

export const startMailSink = async ({ smtpPort, httpPort, dir, host = '127.0.0.1', onAccept }: MailSinkOptions): Promise<MailSink> => {
  await mkdir(dir, { recursive: true });
  let sequence = 0;

  const store = async (raw: Buffer): Promise<void> => {
    sequence += 1;
    const file = emlFileName(new Date(), sequence);
    // Written under a name readers skip, then renamed: nobody ever parses half a message.
    const partial = path.join(dir, `.${file}.partial`);
    await writeFile(partial, raw);
    await rename(partial, path.join(dir, file));
    await onAccept?.(raw);
  };

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    banner: 'Samenleven mail sink (messages are kept locally, never delivered)',
    size: 25 * 1024 * 1024,
    closeTimeout: 2_000,
    // Any credentials are fine: this is a sink, not a relay.
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? 'anonymous' }),
    onData: (stream, _session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (error: Error) => callback(error));
      stream.on('end', () => {
        store(Buffer.concat(chunks)).then(
          () => callback(),
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
      });
    },
  });
  smtp.on('error', () => undefined); // a client dropping its connection is not our problem

  const listen = (
    server: {
      listen(port: number, host: string, callback: () => void): unknown;
      once(event: 'error', listener: (error: Error) => void): unknown;
    },
    port: number,
  ) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });

  await listen(smtp.server, smtpPort);
  const web = http.createServer((request, response) => {
    handle(dir, request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'text/plain', error instanceof Error ? error.message : String(error));
      else response.end();
    });
  });
  try {
    await listen(web, httpPort);
  } catch (error) {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    throw error;
  }

  return {
    smtpPort: (smtp.server.address() as AddressInfo).port,
    httpPort: (web.address() as AddressInfo).port,
    dir,
    stop: async () => {
      web.closeAllConnections();
      await Promise.all([
        new Promise<void>((resolve) => web.close(() => resolve())),
        new Promise<void>((resolve) => smtp.close(() => resolve())),
      ]);
    },
  };
};

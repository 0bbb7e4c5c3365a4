import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { startMailSink } from './infra/mail-sink.js';

/**
 * Runs the mail sink as a process of its own, so `npm start` can notice when it dies and restart it
 * (MAIL_SINK_SMTP_PORT, MAIL_SINK_HTTP_PORT, MAIL_SINK_DIR, MAIL_SINK_HOST).
 */
const port = (name: string, fallback: string): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new Error(`${name} must be a port number, got "${process.env[name]}"`);
  return value;
};

const dir = process.env.MAIL_SINK_DIR;
if (!dir) throw new Error('MAIL_SINK_DIR must name the folder the messages are kept in');

/**
 * The chaos run's hook (MAIL_SINK_HOLD_FILE): while that file exists, a message is stored, `<file>.held` written,
 * and the answer to the sender held until the file is gone (at most 30 s), so the run can kill the sender between
 * the acceptance and its record every time rather than by luck.
 */
const holdFile = process.env.MAIL_SINK_HOLD_FILE;
const holdWhileArmed = async (): Promise<void> => {
  if (!holdFile || !existsSync(holdFile)) return;
  await writeFile(`${holdFile}.held`, String(Date.now()));
  const until = Date.now() + 30_000;
  while (existsSync(holdFile) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
};
const sink = await startMailSink({
  smtpPort: port('MAIL_SINK_SMTP_PORT', '2525'),
  httpPort: port('MAIL_SINK_HTTP_PORT', '3025'),
  dir,
  host: process.env.MAIL_SINK_HOST ?? '127.0.0.1',
  onAccept: holdWhileArmed,
});
process.stdout.write(
  `${JSON.stringify({ level: 30, time: Date.now(), msg: 'mail sink listening', smtpPort: sink.smtpPort, httpPort: sink.httpPort, dir })}\n`,
);

const stop = (): void => {
  sink.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { startMailSink, type MailSink, type StoredMessage } from '../mail-sink.js';

describe('mail sink', () => {
  let dir: string;
  let sink: MailSink;
  const web = (pathname: string): Promise<Response> => fetch(`http://127.0.0.1:${sink.httpPort}${pathname}`);

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'samenleven-mail-sink-test-'));
    sink = await startMailSink({ smtpPort: 0, httpPort: 0, dir });
    const transport = nodemailer.createTransport(`smtp://127.0.0.1:${sink.smtpPort}`);
    try {
      await transport.sendMail({
        from: 'Plan Samenleven <samenleven@vlaanderen.example>',
        to: 'samenleven@gent.example',
        subject: 'Plan Samenleven: A05 blijft achter op schema',
        text: 'Beste collega van Stad Gent,\nBehaald: 600',
      });
      await transport.sendMail({
        from: 'samenleven@vlaanderen.example',
        to: 'x@antwerpen.example',
        subject: '<script>alert("x")</script> & co',
        text: 'tweede bericht',
        html: '<p>tweede <b>bericht</b><script>alert(1)</script></p>',
      });
    } finally {
      transport.close();
    }
  });

  afterAll(async () => {
    await sink?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('picks free ports when asked for port 0', () => {
    expect(sink.smtpPort).toBeGreaterThan(0);
    expect(sink.httpPort).toBeGreaterThan(0);
    expect(sink.httpPort).not.toBe(sink.smtpPort);
  });

  it('keeps every message as a complete .eml file, in arrival order by name', async () => {
    const files = await readdir(dir);
    expect(files).toHaveLength(2);
    expect(files.every((file) => /^\d{8}T\d{9}Z-\d{6}\.eml$/.test(file))).toBe(true);
    const [first, second] = files.sort();
    expect(await readFile(path.join(dir, first!), 'utf8')).toContain('Subject: Plan Samenleven: A05 blijft achter op schema');
    expect(await readFile(path.join(dir, second!), 'utf8')).toContain('To: x@antwerpen.example');
  });

  it('lists the messages newest first as JSON', async () => {
    const response = await web('/api/messages');
    expect(response.status).toBe(200);
    const messages = (await response.json()) as StoredMessage[];
    expect(messages.map((message) => message.to)).toEqual(['x@antwerpen.example', 'samenleven@gent.example']);
    expect(messages[1]).toMatchObject({
      subject: 'Plan Samenleven: A05 blijft achter op schema',
      from: expect.stringContaining('Plan Samenleven'),
    });
    expect(messages[1]!.text).toContain('Behaald: 600');
  });

  it('shows an HTML inbox and single messages with everything escaped', async () => {
    const inbox = await (await web('/')).text();
    expect(inbox).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(inbox).not.toContain('<script>');
    expect(inbox.indexOf('x@antwerpen.example')).toBeLessThan(inbox.indexOf('samenleven@gent.example'));

    const link = /href="(\/messages\/[^"]+)"/.exec(inbox)![1]!;
    const single = await web(link);
    expect(single.status).toBe(200);
    const html = await single.text();
    expect(html).toContain('tweede bericht');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<iframe sandbox=""');
  });

  it('answers /health, which npm start polls', async () => {
    const response = await web('/health');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
  });

  it('serves only files it wrote', async () => {
    expect((await web('/messages/..%2F..%2Fetc%2Fpasswd')).status).toBe(400);
    expect((await web('/messages/20990101T000000000Z-000001.eml')).status).toBe(404);
    expect((await web('/nothing')).status).toBe(404);
  });
});

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  messageId: string;
  /** The HTML part; empty when the message has none. */
  html: string;
}

/** Reads every .eml the SMTP sink wrote, as a person opening them would see them. */
export const readMailFolder = async (dir: string): Promise<ReceivedMail[]> => {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (file) => {
      const parsed = await simpleParser(await readFile(path.join(dir, file)));
      const to = Array.isArray(parsed.to) ? parsed.to.map((address) => address.text).join(', ') : (parsed.to?.text ?? '');
      return {
        to,
        subject: parsed.subject ?? '',
        text: parsed.text ?? '',
        messageId: parsed.messageId ?? '',
        html: typeof parsed.html === 'string' ? parsed.html : '',
      };
    }),
  );
};

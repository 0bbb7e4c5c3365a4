import { inflateRawSync } from 'node:zlib';

/** A filled template is about 10 kB; 2 MB leaves room for a workbook someone styled, and no more. */
export const MAX_XLSX_BYTES = 2 * 1024 * 1024;
/** What the parts of an accepted workbook may unpack to together: a 2 MB zip of repeated bytes would otherwise unpack to 2 GB. */
export const MAX_UNPACKED_BYTES = 32 * 1024 * 1024;
export const MAX_ARCHIVE_ENTRIES = 200;

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;

/**
 * Why these bytes are no .xlsx the reader may open, or null when they may: an .xlsx is a zip archive, and
 * the reader (JSZip in exceljs) unpacks every part in memory trusting the sizes the archive declares. So the
 * parts are unpacked here first with a cap on what they really unpack to (a zip bomb lies about its sizes).
 */
export const xlsxArchiveProblem = (file: Buffer): string | null => {
  const notXlsx = 'geen Excel-werkmap (.xlsx): sla het sjabloon op als Excel-werkmap en laad dat bestand op';
  if (file.length > MAX_XLSX_BYTES) return `het bestand is groter dan ${MAX_XLSX_BYTES / 1024 / 1024} MB`;
  if (file.length < 22 || file.readUInt32LE(0) !== LOCAL_HEADER) return notXlsx;
  // The end-of-central-directory record: 22 bytes, after a comment of at most 65535 bytes.
  let end = -1;
  for (let offset = file.length - 22; offset >= Math.max(0, file.length - 22 - 65535); offset--)
    if (file.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) {
      end = offset;
      break;
    }
  if (end < 0) return notXlsx;
  const entries = file.readUInt16LE(end + 10);
  if (entries > MAX_ARCHIVE_ENTRIES) return `het bestand bevat meer dan ${MAX_ARCHIVE_ENTRIES} delen: geen rapporteringssjabloon`;
  let central = file.readUInt32LE(end + 16);
  let unpacked = 0;
  try {
    for (let index = 0; index < entries; index++) {
      if (central + 46 > file.length || file.readUInt32LE(central) !== CENTRAL_HEADER) return notXlsx;
      const method = file.readUInt16LE(central + 10);
      const compressedSize = file.readUInt32LE(central + 20);
      const declaredSize = file.readUInt32LE(central + 24);
      const nameLength = file.readUInt16LE(central + 28);
      const local = file.readUInt32LE(central + 42);
      central += 46 + nameLength + file.readUInt16LE(central + 30) + file.readUInt16LE(central + 32);
      if (local + 30 > file.length || file.readUInt32LE(local) !== LOCAL_HEADER) return notXlsx;
      const start = local + 30 + file.readUInt16LE(local + 26) + file.readUInt16LE(local + 28);
      if (start + compressedSize > file.length) return notXlsx;
      const budget = MAX_UNPACKED_BYTES - unpacked;
      if (declaredSize > budget)
        return `het bestand pakt uit tot meer dan ${MAX_UNPACKED_BYTES / 1024 / 1024} MB: geen rapporteringssjabloon`;
      if (method === STORED) unpacked += compressedSize;
      else if (method === DEFLATED)
        unpacked += inflateRawSync(file.subarray(start, start + compressedSize), { maxOutputLength: Math.max(1, budget) }).length;
      else return notXlsx;
      if (unpacked > MAX_UNPACKED_BYTES)
        return `het bestand pakt uit tot meer dan ${MAX_UNPACKED_BYTES / 1024 / 1024} MB: geen rapporteringssjabloon`;
    }
  } catch (error) {
    // By its code: instanceof RangeError fails across realms (Jest's vm modules).
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE')
      return `het bestand pakt uit tot meer dan ${MAX_UNPACKED_BYTES / 1024 / 1024} MB: geen rapporteringssjabloon`;
    return notXlsx;
  }
  return null;
};

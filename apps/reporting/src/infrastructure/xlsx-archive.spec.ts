import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { deflateRawSync } from 'node:zlib';
import { MAX_UNPACKED_BYTES, MAX_XLSX_BYTES, xlsxArchiveProblem } from './xlsx-archive.js';

interface Part {
  name: string;
  content: Buffer;
  /** The uncompressed size the archive claims; a zip bomb understates it. */
  declaredSize?: number;
}

/** A zip archive of deflated parts, written by hand so a test can make it lie about its sizes. */
const zip = (parts: Part[]): Buffer => {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, content, declaredSize = content.length } of parts) {
    const data = deflateRawSync(content);
    const fileName = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declaredSize, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declaredSize, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += 30 + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
};

describe('xlsxArchiveProblem', () => {
  it('lets a workbook exceljs wrote through', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Rapportering').getCell('A1').value = 'A05';
    expect(xlsxArchiveProblem(Buffer.from(await workbook.xlsx.writeBuffer()))).toBeNull();
    expect(xlsxArchiveProblem(zip([{ name: 'a.xml', content: Buffer.from('<a/>') }]))).toBeNull();
  });

  it('refuses bytes that are no zip archive, or a broken one', () => {
    for (const bytes of [
      Buffer.from('governmentCode;periodCode\n'),
      Buffer.alloc(0),
      zip([{ name: 'a.xml', content: Buffer.from('<a/>') }]).subarray(0, 40),
    ])
      expect(xlsxArchiveProblem(bytes)).toContain('geen Excel-werkmap (.xlsx)');
  });

  it('refuses a file over the size limit', () => {
    const large = Buffer.concat([zip([{ name: 'a.xml', content: Buffer.from('<a/>') }]), Buffer.alloc(MAX_XLSX_BYTES)]);
    expect(xlsxArchiveProblem(large)).toBe('het bestand is groter dan 2 MB');
  });

  it('refuses a small archive that unpacks to more than the limit, also when it understates its sizes', () => {
    const zeros = Buffer.alloc(MAX_UNPACKED_BYTES + 1024);
    const honest = zip([{ name: 'xl/worksheets/sheet1.xml', content: zeros }]);
    const lying = zip([{ name: 'xl/worksheets/sheet1.xml', content: zeros, declaredSize: 100 }]);
    expect(lying.length).toBeLessThan(MAX_XLSX_BYTES);
    for (const bomb of [honest, lying]) expect(xlsxArchiveProblem(bomb)).toContain('pakt uit tot meer dan 32 MB');
    const spread = zip(
      Array.from({ length: 5 }, (_, index) => ({
        name: `part${index}.xml`,
        content: Buffer.alloc(MAX_UNPACKED_BYTES / 4),
        declaredSize: 10,
      })),
    );
    expect(xlsxArchiveProblem(spread)).toContain('pakt uit tot meer dan 32 MB');
  });
});

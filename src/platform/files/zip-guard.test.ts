import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { declaredUnzippedBytes } from './zip-guard';

async function smallWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('My SMEs DMA Results').addRow(['SME ID', 'SME name']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Sets the uncompressed size of the archive's first central-directory entry, as a crafted archive would. */
function claimSize(zip: Buffer, size: number): Buffer {
  const copy = Buffer.from(zip);
  const first = copy.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  copy.writeUInt32LE(size, copy.readUInt32LE(first + 16) + 24);
  return copy;
}

describe('declaredUnzippedBytes', () => {
  it('sums what a real workbook unpacks to: more than its packed size, far below any limit', async () => {
    const xlsx = await smallWorkbook();
    const unpacked = declaredUnzippedBytes(xlsx);
    expect(unpacked).toBeGreaterThan(xlsx.length);
    expect(unpacked).toBeLessThan(1_000_000);
  });

  it('reports a crafted entry that claims gigabytes, and ZIP64 sizes as unbounded', async () => {
    const xlsx = await smallWorkbook();
    expect(declaredUnzippedBytes(claimSize(xlsx, 0xfffffff0))).toBeGreaterThan(4_000_000_000);
    expect(declaredUnzippedBytes(claimSize(xlsx, 0xffffffff))).toBe(Infinity);
  });

  it('gives null for bytes that are not a ZIP archive, or a truncated one', async () => {
    expect(declaredUnzippedBytes(Buffer.from('SME ID,SME name\r\n'))).toBeNull();
    expect(declaredUnzippedBytes(new Uint8Array(0))).toBeNull();
    const xlsx = await smallWorkbook();
    expect(declaredUnzippedBytes(xlsx.subarray(xlsx.length - 22))).toBeNull();
  });
});

/**
 * What a ZIP archive (an XLSX workbook) says it unpacks to: the sum of the uncompressed sizes in its central
 * directory, read without inflating anything. The importer refuses an archive that would unpack past a limit before
 * handing it to the workbook reader, which inflates every part in memory (a "zip bomb" of a few MB could otherwise
 * take gigabytes). Returns null when the bytes are not a readable ZIP (the reader then reports it as unreadable), and
 * Infinity for ZIP64 entries, whose sizes a workbook of our size never needs.
 */
export function declaredUnzippedBytes(zip: Uint8Array): number | null {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const END_SIGNATURE = 0x06054b50;
  const ENTRY_SIGNATURE = 0x02014b50;
  // The end-of-central-directory record is 22 bytes plus a comment of up to 65 535 bytes, at the very end.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_SIGNATURE) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== ENTRY_SIGNATURE) return null;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return Infinity;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

/**
 * Whether a file's bytes are what its declared type says: the leading signature of PDF, PNG, JPEG and the
 * Office Open XML (zip) formats; for plain text and CSV, valid UTF-8 without NUL or other binary control bytes.
 * Pure: the attachment command refuses a mismatch, so a request's files are what they claim to be.
 */
export function contentMatchesType(contentType: string, bytes: Uint8Array): boolean {
  const starts = (...sig: number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
  switch (contentType) {
    case 'application/pdf':
      return starts(0x25, 0x50, 0x44, 0x46, 0x2d); // %PDF-
    case 'image/png':
      return starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    case 'image/jpeg':
      return starts(0xff, 0xd8, 0xff);
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
    case 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet':
      return starts(0x50, 0x4b, 0x03, 0x04); // a zip archive's first local file header
    case 'text/plain':
    case 'text/csv':
      return isText(bytes);
    default:
      return false;
  }
}

function isText(bytes: Uint8Array): boolean {
  // Tab, line feed, carriage return and form feed are text; other C0 controls and DEL mark a binary file.
  for (const b of bytes)
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

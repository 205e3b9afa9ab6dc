/**
 * Uploads a file as the raw request body with XMLHttpRequest, because fetch cannot report upload
 * progress. Progress goes 'uploading' (with a fraction when the size is known) → 'processing' (all
 * bytes sent, the server is reading the file) → resolved with the JSON answer.
 */
import { ApiError, toApiError } from '../../shared/lib/api';

export type TUploadProgress = { phase: 'uploading'; fraction: number | null } | { phase: 'processing' };

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type the import endpoint expects, from the file name (browsers report CSV types inconsistently). */
export function importContentType(fileName: string): string | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return XLSX_TYPE;
  if (lower.endsWith('.csv')) return 'text/csv';
  return null;
}

export function uploadFile<T>(
  url: string,
  file: Blob,
  contentType: string,
  onProgress: (p: TUploadProgress) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', contentType);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) =>
      onProgress({ phase: 'uploading', fraction: e.lengthComputable && e.total > 0 ? e.loaded / e.total : null });
    xhr.upload.onload = () => onProgress({ phase: 'processing' });
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Network error'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else reject(toApiError(xhr.status, body));
    };
    onProgress({ phase: 'uploading', fraction: 0 });
    xhr.send(file);
  });
}

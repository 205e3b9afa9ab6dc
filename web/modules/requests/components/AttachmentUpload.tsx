/**
 * Attaching a file: the type and size are checked first (the server checks again), then the file goes
 * up as the raw body with its progress shown; the request is reloaded for its timeline afterwards.
 */
import { FileInput } from '../../../shared/components/FileInput';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadFile, type TUploadProgress } from '../../assessments/upload';
import { useSession } from '../../../shared/session/session';
import { attachmentUploadPath, type TUploadedAttachment } from '../api';
import { requestErrorText } from '../errors';
import { ATTACHMENT_ACCEPT, ATTACHMENT_MAX_BYTES, attachmentContentType } from '../request-form';

export function AttachmentUpload({ requestId, onUploaded }: { requestId: string; onUploaded: () => void }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState<TUploadProgress | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const type = file ? attachmentContentType(file.name) : null;
    if (!file) return setProblem(t('requests.attachments.fileRequired'));
    if (!type) return setProblem(t('requests.errors.unsupported_file_type'));
    if (file.size === 0) return setProblem(t('requests.attachments.fileEmpty'));
    if (file.size > ATTACHMENT_MAX_BYTES) return setProblem(t('requests.errors.file_too_large'));
    setProblem(null);
    try {
      const saved = await uploadFile<TUploadedAttachment>(
        attachmentUploadPath(requestId, file.name),
        file,
        type,
        setProgress,
      );
      setDone(saved.filename);
      setFile(null);
      if (input.current) input.current.value = '';
      onUploaded();
    } catch (err) {
      setProblem(requestErrorText(t, locale, err));
    } finally {
      setProgress(null);
    }
  };

  const percent =
    progress?.phase === 'uploading' && progress.fraction !== null ? Math.round(progress.fraction * 100) : null;
  const describedBy = ['attachment-file-hint', problem ? 'attachment-file-error' : null].filter(Boolean).join(' ');

  return (
    <form className="request-upload" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="upload-title">
      <h3 id="upload-title">{t('requests.attachments.uploadTitle')}</h3>
      <div className={`field${problem ? ' field--error' : ''}`}>
        <label htmlFor="attachment-file">{t('requests.attachments.file')}</label>
        <p className="field__hint" id="attachment-file-hint">
          {t('requests.attachments.fileHint')}
        </p>
        <FileInput
          inputRef={input}
          fileName={file?.name ?? null}
          id="attachment-file"
          accept={ATTACHMENT_ACCEPT}
          aria-describedby={describedBy}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setProblem(null);
            setDone(null);
          }}
        />
        <div aria-live="polite">
          {problem ? (
            <p className="field__error" id="attachment-file-error">
              {problem}
            </p>
          ) : null}
        </div>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--secondary" disabled={progress !== null}>
          {t('requests.attachments.submit')}
        </button>
      </div>
      <div aria-live="polite">
        {progress ? (
          <div className="import-progress">
            <label htmlFor="attachment-progress">
              {progress.phase === 'processing'
                ? t('requests.attachments.processing')
                : percent !== null
                  ? t('requests.attachments.uploading', { percent: new Intl.NumberFormat(locale).format(percent) })
                  : t('requests.attachments.uploadingUnknown')}
            </label>
            <progress
              id="attachment-progress"
              className="progress"
              max={100}
              value={progress.phase === 'processing' ? undefined : (percent ?? undefined)}
            />
          </div>
        ) : null}
        {done ? <p className="status status--success">{t('requests.attachments.uploaded', { name: done })}</p> : null}
      </div>
    </form>
  );
}

/** A comment on the request's timeline, seen by everyone who may see the request. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../shared/components/Field';
import { useAction } from '../../../shared/hooks/use-action';
import { useSession } from '../../../shared/session/session';
import { commentOnRequest } from '../api';
import { requestErrorText } from '../errors';
import { COMMENT_MAX } from '../request-form';
import type { TRequestOut } from '../../../../src/contract/requests';

export function CommentForm({ request, onChange }: { request: TRequestOut; onChange: (r: TRequestOut) => void }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const [body, setBody] = useState('');
  const [tried, setTried] = useState(false);
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!body.trim()) return;
    const next = await action.run(() => commentOnRequest(request.id, body.trim()));
    if (next) {
      onChange(next);
      setBody('');
      setTried(false);
    }
  };
  return (
    <form className="request-comment" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="comment-title">
      <h3 id="comment-title">{t('requests.comment.title')}</h3>
      <TextAreaField
        id="request-comment"
        label={t('requests.comment.label')}
        hint={t('requests.comment.hint', { count: body.length, max: COMMENT_MAX })}
        value={body}
        onValue={setBody}
        maxLength={COMMENT_MAX}
        rows={3}
        error={
          tried && !body.trim()
            ? t('requests.comment.required')
            : action.error
              ? requestErrorText(t, locale, action.error)
              : null
        }
        required
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={action.busy}>
          {t('requests.comment.submit')}
        </button>
      </div>
    </form>
  );
}

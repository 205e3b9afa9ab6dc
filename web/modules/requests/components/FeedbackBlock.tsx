/** The customer's rating: a 1–5 radio group and a comment for members once delivered; then read-only for all. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../shared/components/Field';
import { useAction } from '../../../shared/hooks/use-action';
import { formatDateTime } from '../../../shared/lib/format';
import { useSession } from '../../../shared/session/session';
import { giveFeedback } from '../api';
import { requestErrorText } from '../errors';
import { FEEDBACK_COMMENT_MAX } from '../request-form';
import type { TRequestOut } from '../../../../src/contract/requests';

const RATINGS = [1, 2, 3, 4, 5] as const;

/** Five stars, the first `rating` filled; the number is said in words for screen readers. */
export function Stars({ rating }: { rating: number }) {
  const { t } = useTranslation();
  return (
    <span className="stars">
      <span aria-hidden="true">
        {RATINGS.map((n) => (
          <span key={n} className={n <= rating ? 'stars__on' : 'stars__off'}>
            ★
          </span>
        ))}
      </span>
      <span className="visually-hidden">{t('requests.feedback.ratingText', { rating })}</span>
    </span>
  );
}

export function FeedbackBlock({ request: r, onChange }: { request: TRequestOut; onChange: (r: TRequestOut) => void }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  if (!r.feedback && !r.abilities.giveFeedback) return null;
  return (
    <section className="panel request-feedback" aria-labelledby="feedback-title">
      <h2 id="feedback-title">{t('requests.feedback.title')}</h2>
      {r.feedback ? (
        <>
          <p className="request-feedback__rating">
            <Stars rating={r.feedback.rating} />{' '}
            <span className="muted">{formatDateTime(r.feedback.createdAt, locale)}</span>
          </p>
          {r.feedback.comment ? (
            <blockquote className="request-feedback__comment">{r.feedback.comment}</blockquote>
          ) : null}
        </>
      ) : (
        <FeedbackForm request={r} onChange={onChange} />
      )}
    </section>
  );
}

function FeedbackForm({ request: r, onChange }: { request: TRequestOut; onChange: (r: TRequestOut) => void }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (rating === null) return;
    const next = await action.run(() => giveFeedback(r.id, rating, comment.trim() || null));
    if (next) onChange(next);
  };
  const ratingProblem = tried && rating === null;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="form">
      <p>{t('requests.feedback.intro')}</p>
      <fieldset
        className={`rating${ratingProblem ? ' field--error' : ''}`}
        aria-describedby={ratingProblem ? 'rating-error' : undefined}
      >
        <legend>{t('requests.feedback.rating')}</legend>
        <div className="rating__options">
          {RATINGS.map((n) => (
            <label key={n} className="rating__option">
              <input type="radio" name="rating" value={n} checked={rating === n} onChange={() => setRating(n)} />
              <span className="rating__star" aria-hidden="true">
                ★
              </span>
              <span>{t(`requests.feedback.scale.${n}`)}</span>
            </label>
          ))}
        </div>
        {ratingProblem ? (
          <p className="field__error" id="rating-error">
            {t('requests.feedback.ratingRequired')}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        id="feedback-comment"
        label={t('requests.feedback.comment')}
        hint={t('requests.feedback.commentHint')}
        value={comment}
        onValue={setComment}
        maxLength={FEEDBACK_COMMENT_MAX}
        rows={3}
      />
      {action.error ? (
        <div className="status status--error" role="alert">
          <p>{requestErrorText(t, locale, action.error)}</p>
        </div>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button" disabled={action.busy}>
          {t('requests.feedback.submit')}
        </button>
      </div>
    </form>
  );
}

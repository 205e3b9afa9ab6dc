/** The booking panel: a sign-in link, a refusal, a nudge to register an organisation, or the booking form. */
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TMe } from '../../../../src/contract/me';
import type { TResourceDetail } from '../../../../src/contract/facilities';
import { BookingForm } from './BookingForm';

export function BookResource({
  resource: r,
  me,
  onBooked,
}: {
  resource: TResourceDetail;
  me: TMe;
  onBooked: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="resource-book-title">
      <h2 id="resource-book-title">{t('facilities.book.title')}</h2>
      {!me.user ? (
        <p>
          <Link to={`/sign-in?next=${encodeURIComponent(`/facilities/${r.slug}`)}`}>{t('facilities.book.signIn')}</Link>
        </p>
      ) : !r.abilities.book ? (
        <p>{t('facilities.book.notAllowed')}</p>
      ) : me.memberships.length === 0 ? (
        <p>
          {t('facilities.book.noOrganisation')}{' '}
          <Link to="/organisations/new">{t('facilities.book.registerOrganisation')}</Link>
        </p>
      ) : (
        <BookingForm resource={r} organisations={me.memberships} onBooked={onBooked} />
      )}
    </section>
  );
}

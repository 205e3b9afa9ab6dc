/** /events/new and /events/:slug/edit (staff): the event form; publishing is its own switch on the API. */
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAuth } from '../../../shared/components/RequireAuth';
import { ErrorMessage, Loading } from '../../../shared/components/Status';
import { useApi } from '../../../shared/hooks/use-api';
import { meansNotFound } from '../../../shared/lib/errors';
import { useHead } from '../../../shared/lib/head';
import { mayManageEvents } from '../access';
import { useSession } from '../../../shared/session/session';
import { createEvent, eventPath, setPublished, updateEvent } from '../api';
import { EventForm } from '../components/EventForm';
import { draftFromEvent, emptyEventDraft } from '../form-model';
import { eventTitle } from '../texts';
import type { TEvent } from '../../../../src/contract/events';
import { NotFoundPage } from '../../../app/NotFoundPage';

export function EventEditPage() {
  const { slug } = useParams();
  return (
    <RequireAuth allow={mayManageEvents}>
      <div className="container section">{slug ? <EditEvent slug={slug} /> : <NewEvent />}</div>
    </RequireAuth>
  );
}

function NewEvent() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useHead(t('events.form.newTitle'));
  return (
    <>
      <h1>{t('events.form.newTitle')}</h1>
      <p className="form__note">{t('form.requiredNote')}</p>
      <EventForm
        initial={emptyEventDraft()}
        isNew
        submitLabel={t('events.form.create')}
        onCancel={() => navigate('/events')}
        onSubmit={async (input) => {
          const created = await createEvent(input);
          navigate(`/events/${created.slug}`, { state: { saved: true } });
        }}
      />
    </>
  );
}

function EditEvent({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { locale } = useSession();
  const navigate = useNavigate();
  const { data, error, reload } = useApi<TEvent>(eventPath(slug));
  const title = data ? t('events.form.editTitle', { title: eventTitle(data, locale) }) : null;
  useHead(title ?? (error ? null : t('common.loading')));
  if (error) {
    if (meansNotFound(error)) return <NotFoundPage />;
    return <ErrorMessage error={error} onRetry={reload} />;
  }
  if (!data) return <Loading />;
  return (
    <>
      <h1>{title}</h1>
      <p className="form__note">{t('form.requiredNote')}</p>
      <EventForm
        initial={draftFromEvent(data)}
        isNew={false}
        submitLabel={t('events.form.save')}
        onCancel={() => navigate(`/events/${data.slug}`)}
        onSubmit={async ({ published, ...input }) => {
          // PATCH does not take `published`; the switch has its own audited endpoint.
          let updated = await updateEvent(data.id, input);
          if (published !== undefined && published !== data.published) updated = await setPublished(data.id, published);
          navigate(`/events/${updated.slug}`, { state: { saved: true } });
        }}
      />
    </>
  );
}

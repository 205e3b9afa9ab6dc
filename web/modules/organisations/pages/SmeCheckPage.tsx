import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, FormErrors } from '../../../shared/components/Status';
import { api } from '../../../shared/lib/api';
import { useHead } from '../../../shared/lib/head';
import type { TSmeAssessment } from '../../../../src/contract/organisations';
import {
  buildSmeRequest,
  newFigureRow,
  newLinkRow,
  type TCheckProblems,
  type TFigureRow,
  type TLinkRow,
} from '../check-model';
import { FigureRows } from '../components/FigureRows';
import { SmeLinkCard } from '../components/SmeLinkCard';
import { SmeResult } from '../components/SmeResult';
import { useSession } from '../../../shared/session/session';

export function SmeCheckPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  useHead(t('sme.check.title'), t('sme.check.metaDescription'));
  const [figures, setFigures] = useState<TFigureRow[]>(() => [newFigureRow(new Date().getFullYear() - 1, 'own-1')]);
  const [links, setLinks] = useState<TLinkRow[]>([]);
  const [problems, setProblems] = useState<TCheckProblems>({});
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<TSmeAssessment | null>(null);
  const [error, setError] = useState<unknown>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  const updateLink = (key: string, patch: Partial<TLinkRow>) =>
    setLinks((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  // The server names linked enterprises by the names given (or #1, #2 ...) and the enterprise itself 'self'.
  const names = new Map([
    ['self', t('sme.check.yourEnterprise')],
    ...links.map((l, i): [string, string] => [
      l.name.trim() || `#${i + 1}`,
      l.name.trim() || t('sme.check.linkNumber', { n: i + 1 }),
    ]),
  ]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const { problems: found, body } = buildSmeRequest(figures, links);
    setProblems(found);
    setSubmitted(true);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const r = await api<TSmeAssessment>('POST', '/api/v1/reference/sme-category', body);
      setResult(r);
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch (err) {
      setError(err);
      setResult(null);
    }
    setBusy(false);
  };

  const hasProblems = submitted && Object.keys(problems).length > 0;

  return (
    <div className="container section">
      <h1>{t('sme.check.title')}</h1>
      <p className="section__lead">{t('sme.check.intro')}</p>
      <details className="explainer">
        <summary>{t('sme.check.howTitle')}</summary>
        <ul>
          <li>{t('sme.check.howCeilings')}</li>
          <li>{t('sme.check.howPartner')}</li>
          <li>{t('sme.check.howLinked')}</li>
          <li>{t('sme.check.howPublic')}</li>
          <li>{t('sme.check.howTwoYears')}</li>
        </ul>
      </details>
      <noscript>
        <p className="status status--info">{t('sme.check.noscript')}</p>
      </noscript>

      <form className="form form--wide" onSubmit={onSubmit} noValidate aria-describedby="sme-privacy">
        <p id="sme-privacy" className="form__note">
          {t('sme.check.privacy')}
        </p>
        {hasProblems ? <FormErrors messages={[t('sme.check.fixErrors')]} /> : null}
        <FigureRows
          rows={figures}
          onChange={setFigures}
          problems={problems}
          show={submitted}
          idPrefix="own"
          legend={t('sme.check.ownFigures')}
        />

        <section className="links-section" aria-labelledby="links-title">
          <h2 id="links-title">{t('sme.check.linksTitle')}</h2>
          <p className="muted">{t('sme.check.linksIntro')}</p>
          {links.map((l, i) => (
            <SmeLinkCard
              key={l.key}
              link={l}
              index={i}
              problems={problems}
              submitted={submitted}
              onPatch={(patch) => updateLink(l.key, patch)}
              onRemove={() => setLinks((ls) => ls.filter((x) => x.key !== l.key))}
            />
          ))}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setLinks((ls) => [...ls, newLinkRow(figures[0]?.year || new Date().getFullYear() - 1)])}
          >
            {t('sme.check.addLink')}
          </button>
        </section>

        <div className="form__actions">
          <button type="submit" className="button button--large" disabled={busy}>
            {busy ? t('common.working') : t('sme.check.submit')}
          </button>
        </div>
      </form>

      <section className="panel result-panel" aria-labelledby="sme-check-result" aria-live="polite">
        <h2 id="sme-check-result" ref={resultRef} tabIndex={-1}>
          {t('sme.result.title')}
        </h2>
        {error ? <ErrorMessage error={error} /> : null}
        {result ? (
          <>
            <SmeResult result={result} headingLevel={3} idPrefix="check" nameOf={(id) => names.get(id)} />
            {!me.user ? (
              <p className="callout">
                {t('sme.check.registerPrompt')}{' '}
                <Link to={`/sign-up?next=${encodeURIComponent('/organisations/new')}`}>{t('home.ctaRegister')}</Link>
              </p>
            ) : null}
          </>
        ) : !error ? (
          <p className="muted">{t('sme.result.empty')}</p>
        ) : null}
      </section>
    </div>
  );
}

/** The request screens on the server: the board and the list by role, and the board's columns with their cards. */
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { StaticRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { render } from '../../../entry-server';
import { createI18n } from '../../../i18n';
import type { TFetchJson } from '../../../shared/lib/api';
import { ANONYMOUS_ME } from '../../../app/modules';
import type { TMe } from '../../../../src/contract/me';
import { BoardColumns } from '../components/BoardColumns';
import type { TBoard, TRequestSummary } from '../../../../src/contract/requests';
import { SessionProvider } from '../../../shared/session/session';

const signedIn = (role: NonNullable<TMe['user']>['role'], memberships: TMe['memberships'] = []): TMe => ({
  ...ANONYMOUS_ME,
  user: { id: 'u1', name: 'Мария Петрова', email: 'maria@zagore.demo', role, locale: 'bg', emailVerified: true },
  memberships,
  abilities: {
    ...ANONYMOUS_ME.abilities,
    organisations: { list: true, listAll: role === 'staff', create: true },
    requests: { list: true, listAll: role === 'staff', board: role === 'staff' },
  },
});

const fetchAs =
  (me: TMe): TFetchJson =>
  async (path) =>
    path === '/api/v1/me'
      ? { status: 200, body: me }
      : { status: 404, body: { error: { code: 'not_found', message: 'no' } } };

describe('/requests/board on the server', () => {
  it('renders the staff board frame with its filters, and the menu entries', async () => {
    const r = await render({
      url: '/requests/board?family=test_before_invest',
      locale: 'en',
      fetchJson: fetchAs(signedIn('staff')),
    });
    expect(r.status).toBe(200);
    expect(r.html).toMatch(/<h1[^>]*>Request board<\/h1>/);
    expect(r.html).toContain('<label for="board-partner">Delivering partner</label>');
    expect(r.html).toMatch(/<option value="test_before_invest" selected="">/);
    expect(r.html).toContain('href="/requests/board"');
    expect(r.html).toContain('>Requests</a>');
    expect(r.head).toContain('<title>Request board · EDIHub</title>');
  });

  it('refuses the board to a member and asks visitors to sign in', async () => {
    const member = signedIn('member', [{ organisationId: 'o1', name: 'Про Дрон Системс', role: 'owner' }]);
    const asMember = await render({ url: '/requests/board', locale: 'bg', fetchJson: fetchAs(member) });
    expect(asMember.html).not.toContain('board-partner');
    expect(asMember.html).toContain('id="forbidden-title"');
    // Members follow their requests, but have no board.
    expect(asMember.html).toContain('href="/requests"');
    expect(asMember.html).not.toContain('href="/requests/board"');
    const anonymous = await render({ url: '/requests/board', locale: 'bg', fetchJson: fetchAs(ANONYMOUS_ME) });
    expect(anonymous.html).toContain('href="/sign-in?next=%2Frequests%2Fboard"');
    expect(anonymous.html).not.toContain('href="/requests"');
  });
});

describe('/requests on the server', () => {
  it('titles the list by role and keeps the filters from the URL', async () => {
    const member = signedIn('member', [{ organisationId: 'o1', name: 'Про Дрон Системс', role: 'owner' }]);
    const r = await render({ url: '/requests?status=delivered&q=pen', locale: 'bg', fetchJson: fetchAs(member) });
    expect(r.status).toBe(200);
    expect(r.html).toMatch(/<h1[^>]*>Заявки на моите организации<\/h1>/);
    expect(r.html).toMatch(/<option value="delivered" selected="">Изпълнена<\/option>/);
    expect(r.html).toContain('value="pen"');
    const expert = await render({ url: '/requests', locale: 'en', fetchJson: fetchAs(signedIn('expert')) });
    expect(expert.html).toMatch(/<h1[^>]*>My assigned requests<\/h1>/);
  });
});

const summary = (ref: number, status: TRequestSummary['status'], expert: string | null = null): TRequestSummary => ({
  id: `00000000-0000-4000-8000-${String(ref).padStart(12, '0')}`,
  ref,
  status,
  organisation: { id: 'o1', name: 'Про Дрон Системс' },
  service: {
    id: 's1',
    slug: 'pen-test',
    titleBg: 'Тест за проникване',
    titleEn: 'Penetration testing',
    family: 'test_before_invest',
  },
  need: 'Проверка на уеб магазина',
  quantity: 1,
  onBehalf: false,
  expert: expert ? { id: 'e1', name: expert } : null,
  partner: expert ? { id: 'p1', name: 'Тракийски университет' } : null,
  createdAt: '2026-03-01T08:00:00Z',
  updatedAt: '2026-03-02T08:00:00Z',
  grantDate: null,
});

describe('board columns', () => {
  const board: TBoard = {
    columns: [
      { status: 'submitted', total: 53, items: [summary(7, 'submitted')] },
      { status: 'accepted', total: 0, items: [] },
      { status: 'assigned', total: 1, items: [summary(9, 'assigned', 'Иван Колев')] },
      { status: 'in_progress', total: 0, items: [] },
      { status: 'delivered', total: 0, items: [] },
    ],
  };
  const html = (locale: 'bg' | 'en') =>
    renderToString(
      <I18nextProvider i18n={createI18n(locale)}>
        <SessionProvider initialMe={signedIn('staff')}>
          <StaticRouter location="/requests/board">
            <BoardColumns board={board} />
          </StaticRouter>
        </SessionProvider>
      </I18nextProvider>,
    );

  it('shows one headed column per state with its count, cards linking to their request, and the overflow', () => {
    const bg = html('bg');
    expect(bg.match(/<h2 /g)).toHaveLength(5);
    expect(bg).toMatch(
      /<h2 id="board-submitted" class="board__title">Подадена<!-- --> <span class="board__count">53<\/span><\/h2>/,
    );
    expect(bg).toContain('href="/requests/00000000-0000-4000-8000-000000000007"');
    expect(bg).toContain('R-7');
    expect(bg).toContain('Тест за проникване');
    expect(bg).toContain('Експерт: Иван Колев');
    expect(bg).toContain('href="/requests?status=submitted"');
    expect(bg).toContain('Още 52 в списъка');
    expect(bg.match(/Няма заявки\./g)).toHaveLength(3);
  });

  it('uses the English service title in English', () => {
    const en = html('en');
    expect(en).toContain('Penetration testing');
    expect(en).toContain('In progress');
  });
});

/**
 * The family home (/family, phone first): the guardian's children, each with its status and next step, the inbox's
 * unread count, and adding a child (/family/children/new) — name, sex, birth date, home (a compound from the list or
 * a point on the map) and the guardian's separate consent to the wording in force (PIPL Art. 29/31), sent with its
 * version.
 */
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format.ts';
import { Link, useRouter } from '../../router.tsx';
import { data, http } from '../../api/http.ts';
import { cityToday, familyApi, monthsOld, type Child } from './api.ts';
import { HomePicker, type Home } from './HomePicker.tsx';
import { can, useCan, useSession } from '../../auth.tsx';
import { FAMILY_NS } from './i18n.ts';
import { ErrorNote, StatusChip } from './parts.tsx';
import { situationOf } from './status.ts';
import './family.css';

/** Where "add a child" leads. */
export const ADD_CHILD_PATH = '/family/children/new';

export default function FamilyPage({ adding = false }: { adding?: boolean }) {
  const { t } = useTranslation(FAMILY_NS);
  const { navigate } = useRouter();
  const me = useSession();
  const canAdd = useCan('child', 'create');
  const hasInbox = can(me.data, 'notification', 'read');
  const inbox = useQuery({ queryKey: ['notifications', 'count'], enabled: !!me.data?.user && hasInbox, staleTime: 30_000, queryFn: ({ signal }) => data(http.GET('/api/notifications', { params: { query: { pageSize: 1 } }, signal })) });
  const children = useQuery({ queryKey: ['family.children'], enabled: !!me.data?.user, queryFn: ({ signal }) => familyApi.children(signal) });
  if (me.isPending) return <div className="loading">{t('common.loading')}</div>;
  if (!me.data?.user || !canAdd) {
    return (
      <div className="fam">
        <h1>{t('home.title')}</h1>
        <p>{t('home.loginFirst')}</p>
        {!me.data?.user && (
          <Link className="btn primary" to="/login?next=%2Ffamily">
            {t('translation:auth.login')}
          </Link>
        )}
      </div>
    );
  }
  const items = children.data?.items ?? [];
  return (
    <div className="fam">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      {children.isPending && <p className="muted">{t('common.loading')}</p>}
      {inbox.data && inbox.data.unread > 0 && (
        <p>
          <Link to="/notifications">{t('home.inbox', { n: inbox.data.unread })}</Link>
        </p>
      )}
      {children.isSuccess && items.length === 0 && !adding && (
        <p className="fam-card" data-testid="family-empty">
          {t('home.noChildren')}
        </p>
      )}
      {items.map((c) => (
        <ChildCard key={c.id} child={c} />
      ))}
      {adding ? (
        <AddChildForm onDone={() => navigate('/family')} />
      ) : (
        <div className="fam-actions">
          <Link className="btn primary" to={ADD_CHILD_PATH}>
            {t('home.addChild')}
          </Link>
          <Link className="btn ghost" to="/care">
            {t('home.find')}
          </Link>
        </div>
      )}
    </div>
  );
}

function ChildCard({ child }: { child: Child }) {
  const { t, i18n } = useTranslation(FAMILY_NS);
  const lang = i18n.language;
  const placements = useQuery({ queryKey: ['family.placements', child.id], queryFn: ({ signal }) => familyApi.placements({ childId: child.id }, signal) });
  const applications = useQuery({ queryKey: ['family.applications', child.id], queryFn: ({ signal }) => familyApi.applications({ childId: child.id }, signal) });
  const bookings = useQuery({ queryKey: ['family.bookings', child.id], queryFn: ({ signal }) => familyApi.bookings({ childId: child.id, upcoming: 'true' }, signal) });
  const ready = placements.data && applications.data && bookings.data;
  const s = ready ? situationOf(placements.data.items, applications.data.items, bookings.data.items, (d) => formatDate(d, lang)) : null;
  const name = `${child.familyName}${lang.startsWith('zh') ? '' : ' '}${child.givenName}`;
  return (
    <article className="fam-card" aria-labelledby={`child-${child.id}`} data-testid="child-card">
      <div className="fam-row spread">
        <h2 id={`child-${child.id}`}>{name}</h2>
        {s && <StatusChip status={s.status} />}
      </div>
      <p className="muted small">
        {t('home.age', { months: monthsOld(child.birthDate, cityToday()) })} · {t('home.born', { date: formatDate(child.birthDate, lang) })}
      </p>
      {s && (
        <p className="next-step">
          <strong>{t('next.label')}：</strong>
          {t(s.next.key, s.next.values)}
        </p>
      )}
      <div className="fam-actions">
        <Link className="btn ghost" to={`/family/children/${child.id}`} aria-label={`${t('home.open')}：${name}`}>
          {t('home.open')}
        </Link>
        {s?.status === 'searching' || s?.status === 'applied' || s?.status === 'booked' ? (
          <Link className="btn primary" to={`/care?child=${child.id}`}>
            {t('home.find')}
          </Link>
        ) : null}
      </div>
    </article>
  );
}

function AddChildForm({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation(FAMILY_NS);
  const qc = useQueryClient();
  const wording = useQuery({ queryKey: ['family.wording'], queryFn: ({ signal }) => familyApi.wording(signal), staleTime: Infinity });
  const [familyName, setFamilyName] = useState('');
  const [givenName, setGivenName] = useState('');
  const [sex, setSex] = useState<'M' | 'F'>('F');
  const [birthDate, setBirthDate] = useState('');
  const [home, setHome] = useState<Home | null>(null);
  const [agreed, setAgreed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: () => familyApi.addChild({ familyName, givenName, sex, birthDate, homeLng: home!.lng, homeLat: home!.lat, consentVersion: wording.data!.version }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['family.children'] });
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    if (!home) return setProblem(t('add.homeNone'));
    if (!agreed || !wording.data) return setProblem(t('add.consentNeeded'));
    add.mutate();
  };
  const zh = i18n.language.startsWith('zh');
  return (
    <form className="fam-card" onSubmit={submit} aria-labelledby="add-child-title" noValidate>
      <h2 id="add-child-title">{t('add.title')}</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor="child-family">{t('add.familyName')}</label>
          <input id="child-family" value={familyName} onChange={(e) => setFamilyName(e.target.value)} required maxLength={20} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="child-given">{t('add.givenName')}</label>
          <input id="child-given" value={givenName} onChange={(e) => setGivenName(e.target.value)} required maxLength={20} autoComplete="off" />
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="child-sex">{t('add.sex')}</label>
          <select id="child-sex" value={sex} onChange={(e) => setSex(e.target.value as 'M' | 'F')}>
            <option value="F">{t('add.female')}</option>
            <option value="M">{t('add.male')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="child-birth">{t('add.birthDate')}</label>
          <input id="child-birth" type="date" value={birthDate} max={cityToday()} onChange={(e) => setBirthDate(e.target.value)} required />
        </div>
      </div>
      <HomePicker value={home} onChange={setHome} idPrefix="add" />
      {wording.data && (
        <div className="field">
          <span id="consent-title">{t('add.consentTitle', { version: wording.data.version })}</span>
          <div className="consent-text" tabIndex={0} aria-labelledby="consent-title" lang={zh ? 'zh-CN' : 'en'}>
            {zh ? wording.data.zh : wording.data.en}
          </div>
          <label className="check">
            <input type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} />
            <span>{t('add.consentAgree')}</span>
          </label>
        </div>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <ErrorNote error={add.error} />
      <div className="fam-actions">
        <button type="submit" className="btn primary" disabled={add.isPending}>
          {add.isPending ? t('add.submitting') : t('add.submit')}
        </button>
        <button type="button" className="btn ghost" onClick={onDone}>
          {t('add.cancel')}
        </button>
      </div>
    </form>
  );
}

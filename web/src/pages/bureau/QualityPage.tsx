/**
 * Quality assessment (质量评估): the assessments the caller may read, starting one for a facility the caller may
 * assess, and scoring it (AssessmentForm). Routes: /bureau/quality, /bureau/quality/new?facility=…,
 * /bureau/quality/:id.
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format.ts';
import { Link, matchPath, useRouter, useSearchParams } from '../../router.tsx';
import { AssessmentForm } from './AssessmentForm.tsx';
import { assessmentQuery, assessmentsQuery, qualityStandardQuery, registryQuery } from './api.ts';
import { BUREAU_NS } from './i18n.ts';
import { failureText } from './issue-text.ts';
import { GradeBadge } from './QualityGrade.tsx';
import { useDesk } from './session.ts';
import './bureau.css';

function NewAssessment() {
  const { t } = useTranslation(BUREAU_NS);
  const { navigate } = useRouter();
  const [params] = useSearchParams();
  const facilityId = params.get('facility');
  const facilities = useQuery(registryQuery({ editable: 'true', state: 'live', pageSize: 200 }));
  const [choice, setChoice] = useState('');
  const chosen = facilities.data?.items.find((f) => f.id === facilityId);
  if (facilityId && chosen) return <AssessmentForm facility={{ id: chosen.id, name: chosen.name }} />;
  return (
    <section className="panel" aria-labelledby="new-title">
      <h2 id="new-title">{t('quality.new')}</h2>
      <div className="inline-form">
        <label className="field grow">
          <span className="label">{t('quality.choose')}</span>
          <select value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">{t('quality.choosePlaceholder')}</option>
            {(facilities.data?.items ?? []).map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}（{f.divisionName}）
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn primary" disabled={!choice} onClick={() => navigate(`/bureau/quality/new?facility=${choice}`)}>
          {t('quality.start')}
        </button>
      </div>
    </section>
  );
}

function ExistingAssessment({ id }: { id: string }) {
  const { t } = useTranslation(BUREAU_NS);
  const q = useQuery(assessmentQuery(id));
  if (q.isPending) return <p className="loading">{t('loading')}</p>;
  if (q.isError)
    return (
      <p className="error" role="alert">
        {failureText(q.error, t)}
      </p>
    );
  return <AssessmentForm key={q.data.id} facility={{ id: q.data.facilityId, name: q.data.facilityName }} assessment={q.data} />;
}

function AssessmentList() {
  const { t, i18n } = useTranslation(BUREAU_NS);
  const lang = i18n.language;
  const desk = useDesk();
  const [status, setStatus] = useState<'draft' | 'final' | ''>('');
  const list = useQuery(assessmentsQuery({ pageSize: 100, ...(status ? { status } : {}) }));
  const standard = useQuery(qualityStandardQuery());
  return (
    <>
      <div className="page-head">
        <h1>{t('quality.title')}</h1>
        <p className="muted">{t('quality.intro', { total: standard.data?.totalPoints ?? 1000 })}</p>
        {!desk.can('assessment', 'create') && <p className="scope-note">{t('quality.readOnly')}</p>}
      </div>
      {desk.can('assessment', 'create') && (
        <p>
          <Link className="btn primary" to="/bureau/quality/new">
            {t('quality.new')}
          </Link>
        </p>
      )}
      <section aria-labelledby="assessments-title">
        <div className="section-head">
          <h2 id="assessments-title">{t('quality.list')}</h2>
          <label className="field inline-field">
            <span className="label">{t('quality.status')}</span>
            <select value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
              <option value="">{t('list.all')}</option>
              <option value="draft">{t('quality.statusValue.draft')}</option>
              <option value="final">{t('quality.statusValue.final')}</option>
            </select>
          </label>
        </div>
        {list.isError && (
          <p className="error" role="alert">
            {failureText(list.error, t)}
          </p>
        )}
        {list.data && list.data.items.length === 0 && <p className="empty">{t('quality.empty')}</p>}
        {list.data && list.data.items.length > 0 && (
          <div className="table-wrap">
            <table className="data-table" aria-label={t('quality.list')}>
              <thead>
                <tr>
                  <th scope="col">{t('quality.facility')}</th>
                  <th scope="col">{t('quality.division')}</th>
                  <th scope="col">{t('quality.date')}</th>
                  <th scope="col">{t('quality.status')}</th>
                  <th scope="col" className="num">
                    {t('quality.points')}
                  </th>
                  <th scope="col">{t('quality.grade')}</th>
                  <th scope="col" className="num">
                    {t('quality.award')}
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">{t('list.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{a.facilityName}</th>
                    <td>{a.divisionName}</td>
                    <td className="nowrap">{formatDate(a.assessedOn, lang)}</td>
                    <td>{t(`quality.statusValue.${a.status}`)}</td>
                    <td className="num">
                      {a.totalPoints} / {a.maxPoints}
                    </td>
                    <td>{a.status === 'final' ? <GradeBadge grade={a.grade} /> : '—'}</td>
                    <td className="num">{a.status === 'final' ? a.award.formatted : '—'}</td>
                    <td>
                      <Link to={`/bureau/quality/${a.id}`}>
                        {a.status === 'draft' && desk.can('assessment', 'update') ? t('quality.continue') : t('quality.open')}
                        <span className="visually-hidden">：{a.facilityName}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

export default function QualityPage() {
  const { t } = useTranslation(BUREAU_NS);
  const desk = useDesk();
  const { pathname } = useRouter();
  if (desk.loading) return <p className="loading">{t('loading')}</p>;
  if (!desk.user || !desk.can('assessment', 'read')) {
    return (
      <div className="page narrow">
        <h1>{t('quality.title')}</h1>
        <p className="muted">{desk.user ? t('quality.forOfficials') : t('registry.loginFirst')}</p>
      </div>
    );
  }
  const isNew = pathname === '/bureau/quality/new';
  const one = !isNew ? matchPath('/bureau/quality/:id', pathname) : null;
  return (
    <div className="page bureau-page">
      {(isNew || one) && (
        <p className="crumbs">
          <Link to="/bureau/quality">← {t('quality.back')}</Link>
        </p>
      )}
      {isNew ? <NewAssessment /> : one ? <ExistingAssessment id={one.id!} /> : <AssessmentList />}
    </div>
  );
}

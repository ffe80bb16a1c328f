/**
 * Scoring one quality assessment against the standard the API serves (dimensions, items with their maximum points,
 * veto items, grade thresholds): whole points per item, the veto items found, the assessor's notes; saved as a draft
 * or graded for good. Points, grade and award are the server's; the page only adds up what is typed as a guide.
 */
import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/http.ts';
import { formatDate } from '../../format.ts';
import { useRouter } from '../../router.tsx';
import { createAssessment, qualityStandardQuery, updateAssessment, type Assessment } from './api.ts';
import { BUREAU_NS } from './i18n.ts';
import { failureText, issuesByField } from './issue-text.ts';
import { GradeBadge } from './QualityGrade.tsx';
import { useDesk } from './session.ts';

function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The scoring form of a new or existing assessment (read-only once graded, or for readers). */
export function AssessmentForm({ facility, assessment }: { facility: { id: string; name: string }; assessment?: Assessment }) {
  const { t, i18n } = useTranslation(BUREAU_NS);
  const lang = i18n.language;
  const zh = lang.startsWith('zh');
  const desk = useDesk();
  const qc = useQueryClient();
  const { navigate } = useRouter();
  const standard = useQuery(qualityStandardQuery());
  const [assessedOn, setAssessedOn] = useState(assessment?.assessedOn ?? today());
  const [scores, setScores] = useState<Record<string, string>>(() => Object.fromEntries(Object.entries(assessment?.scores ?? {}).map(([k, v]) => [k, String(v)])));
  const [vetoes, setVetoes] = useState<string[]>(assessment?.vetoes ?? []);
  const [notes, setNotes] = useState(assessment?.notes ?? '');
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const final = assessment?.status === 'final';
  const editable = !final && desk.can('assessment', assessment ? 'update' : 'create');
  const s = standard.data;

  const points = (key: string) => {
    const v = scores[key]?.trim();
    return v && /^\d+$/.test(v) ? Number(v) : 0;
  };
  const entered = s ? s.dimensions.reduce((a, d) => a + d.items.reduce((b, i) => b + points(i.key), 0), 0) : 0;
  const missing = s ? s.dimensions.flatMap((d) => d.items).filter((i) => !scores[i.key]?.trim()).length : 0;

  const save = async (status: 'draft' | 'final') => {
    if (!s) return;
    setMessage(null);
    const local = new Map<string, string>();
    const body: Record<string, number> = {};
    for (const i of s.dimensions.flatMap((d) => d.items)) {
      const v = scores[i.key]?.trim();
      if (!v) continue;
      if (!/^\d+$/.test(v)) local.set(`scores.${i.key}`, t('form.integer'));
      else body[i.key] = Number(v);
    }
    if (local.size) {
      setErrors(local);
      setMessage({ kind: 'error', text: t('quality.invalid') });
      return;
    }
    setSaving(true);
    try {
      const r = assessment
        ? await updateAssessment(assessment.id, { assessedOn, scores: body, vetoes, notes: notes.trim() || null, status, version: assessment.version })
        : await createAssessment({ facilityId: facility.id, assessedOn, scores: body, vetoes, notes: notes.trim() || null, status });
      setErrors(new Map());
      const grade = t(`quality.gradeValue.${r.grade}`);
      setMessage({ kind: 'ok', text: r.status === 'final' ? t('quality.finalized', { grade, award: r.award.formatted }) : t('quality.saved', { points: r.totalPoints, grade }) });
      qc.setQueryData(['assessment', r.id], r);
      void qc.invalidateQueries({ queryKey: ['assessments'] });
      void qc.invalidateQueries({ queryKey: ['facility', facility.id] });
      if (!assessment) navigate(`/bureau/quality/${r.id}`, { replace: true });
    } catch (ex) {
      const map = ex instanceof ApiError ? issuesByField(ex.issues, t) : new Map<string, string>();
      setErrors(map);
      setMessage({ kind: 'error', text: map.size ? [...map.entries()].filter(([f]) => !f.startsWith('scores.')).map(([, m]) => m)[0] ?? t('quality.invalid') : failureText(ex, t) });
    } finally {
      setSaving(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save('draft');
  };

  if (standard.isPending) return <p className="loading">{t('loading')}</p>;
  if (!s) return null;
  const th = Object.fromEntries(s.thresholds.map((x) => [x.grade, x.minPoints]));
  const fid = (k: string) => `qa-${k}`;

  return (
    <form className="edit-form assessment-form" onSubmit={submit} noValidate aria-labelledby="qa-title">
      <h1 id="qa-title">{t('quality.formTitle', { name: facility.name })}</h1>
      <p className="muted small">{t('quality.thresholds', { a: th.A, b: th.B, c: th.C })}</p>
      {assessment && (
        <div className="assessment-summary" aria-live="polite">
          <span>{t('quality.total', { points: assessment.totalPoints, max: assessment.maxPoints })}</span>
          {assessment.status === 'final' ? <GradeBadge grade={assessment.grade} /> : <span className="badge">{t('quality.statusValue.draft')}</span>}
          {assessment.vetoes.length > 0 && <span className="badge filing-revoked">{t('quality.vetoed')}</span>}
          {assessment.status === 'final' && (
            <span>
              {t('quality.award')}：<strong>{assessment.award.formatted}</strong>
            </span>
          )}
          {assessment.assessor.name && (
            <span className="muted small">
              {t('quality.assessor')}：{assessment.assessor.name}
            </span>
          )}
        </div>
      )}
      {final && <p className="scope-note">{t('quality.finalNote')}</p>}
      {message && (
        <p className={message.kind === 'ok' ? 'notice ok' : 'notice error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <div className="field inline-field">
        <label className="label" htmlFor={fid('date')}>
          {t('quality.assessedOn')}
        </label>
        <input id={fid('date')} type="date" value={assessedOn} max={today()} disabled={!editable} onChange={(e) => setAssessedOn(e.target.value)} aria-invalid={errors.has('assessedOn') || undefined} aria-describedby={errors.has('assessedOn') ? 'qa-err-date' : undefined} />
        {errors.has('assessedOn') && (
          <span className="field-error" id="qa-err-date">
            {errors.get('assessedOn')}
          </span>
        )}
      </div>

      {s.dimensions.map((d) => (
        <fieldset key={d.key} className="form-section dimension">
          <legend>{t('quality.dimension', { name: zh ? d.zh : d.en, points: d.items.reduce((a, i) => a + points(i.key), 0), max: d.maxPoints })}</legend>
          <div className="item-grid">
            {d.items.map((i) => {
              const f = `scores.${i.key}`;
              return (
                <div className="field" key={i.key}>
                  <label className="label" htmlFor={fid(i.key)}>
                    {t('quality.item', { name: zh ? i.zh : i.en, max: i.maxPoints })}
                  </label>
                  <input
                    id={fid(i.key)}
                    inputMode="numeric"
                    value={scores[i.key] ?? ''}
                    disabled={!editable}
                    aria-invalid={errors.has(f) || undefined}
                    aria-describedby={errors.has(f) ? `qa-err-${i.key}` : undefined}
                    onChange={(e) => setScores((x) => ({ ...x, [i.key]: e.target.value }))}
                  />
                  {errors.has(f) && (
                    <span className="field-error" id={`qa-err-${i.key}`}>
                      {errors.get(f)}
                    </span>
                  )}
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}

      <fieldset className="form-section">
        <legend>{t('quality.vetoes')}</legend>
        <div className="veto-grid">
          {s.vetoes.map((v, k) => (
            <label key={v.key} className="check">
              <input type="checkbox" checked={vetoes.includes(v.key)} disabled={!editable} onChange={(e) => setVetoes((x) => (e.target.checked ? [...x, v.key] : x.filter((y) => y !== v.key)))} />
              {zh ? v.zh : v.en}
              {errors.has(`vetoes.${k}`) && <span className="field-error">{errors.get(`vetoes.${k}`)}</span>}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="field">
        <label className="label" htmlFor={fid('notes')}>
          {t('quality.notes')}
        </label>
        <textarea id={fid('notes')} rows={3} value={notes} disabled={!editable} onChange={(e) => setNotes(e.target.value)} />
      </div>

      <p className="assessment-total" aria-live="polite">
        {t('quality.total', { points: entered, max: s.totalPoints })}
        {missing > 0 && <span className="muted"> · {t('quality.missing', { count: missing })}</span>}
        {assessment && <span className="muted small"> · {formatDate(assessment.updatedAt, lang)}</span>}
      </p>
      {editable && (
        <div className="form-actions">
          <button type="submit" className="btn ghost" disabled={saving}>
            {saving ? t('quality.saving') : t('quality.saveDraft')}
          </button>
          <button type="button" className="btn primary" disabled={saving} onClick={() => void save('final')}>
            {t('quality.finalize')}
          </button>
        </div>
      )}
    </form>
  );
}

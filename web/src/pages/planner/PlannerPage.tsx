/**
 * The planner page (/planner, 选址规划): choose a model, p or a target share, the walking limit and speed and the
 * candidate sites; solve on the live registry; see the proposed sites and the compounds they newly cover on the map,
 * before/after coverage and places per 1,000 residents overall and by county; try dropping a site (what-if); save
 * scenarios, compare two side by side, export GeoJSON/XLSX. Shown to callers whose capabilities include
 * `plan.read` (the API enforces it too). The form checks its numbers itself (no browser bubbles, which would speak
 * the browser's language) and shows the server's field issues beside their inputs, translated by code.
 */
import { useEffectEvent, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AttributionControl, Map as MlMap, NavigationControl, ScaleControl, setWorkerUrl, type GeoJSONSource, type LngLatBoundsLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { ApiError, type FieldIssue } from '../../api/http.ts';
import { issueMap, translateFailure } from '../../api/issues.ts';
import { accessStatusQuery, roadsQuery } from '../../api/access.ts';
import { divisionsGeoQuery, facilitiesGeoQuery } from '../../api/registry.ts';
import { useCan, useSession } from '../../auth.tsx';
import { formatFixed, formatNumber } from '../../format.ts';
import { Link } from '../../router.tsx';
import { blankStyle, divisionLayers } from '../../map/layers.ts';
import { planApi, type CandidateKind, type Objective, type Scenario, type SolveRequest, type SolveResponse, type WhatIfResponse } from './api.ts';
import { PLANNER_NS } from './i18n.ts';
import { checkNumber, NUMBER_FIELDS, type NumberField } from './number-fields.ts';
import './planner.css';

setWorkerUrl(workerUrl);

const EMPTY = { type: 'FeatureCollection', features: [] } as const;
const CHANGZHI: [number, number] = [113.1, 36.2];
/** Layer ids browser tests query. */
export const PLAN_LAYERS = { sites: 'plan-sites', covered: 'plan-covered' } as const;
/** The models offered, in this order (a Record, so a new model of the API fails to compile until it is placed). */
const OBJECTIVES = Object.keys({ coverage: 1, setcover: 1, median: 1, center: 1, capacitated: 1 } satisfies Record<Objective, 1>) as Objective[];
/** Candidate kinds offered as filters ("other" is only ever uploaded with a kind of its own). */
const CANDIDATE_KINDS = ['community_room', 'kindergarten', 'uploaded'] as const satisfies readonly CandidateKind[];

const pct = (x: number, lang: string) => `${formatFixed(x * 100, 1, lang)}%`;
const rate = (x: number | null, lang: string) => (x === null ? '–' : formatFixed(x, 2, lang));

function points<T extends { lng: number; lat: number }>(items: readonly T[], props: (t: T) => Record<string, unknown>) {
  return { type: 'FeatureCollection', features: items.map((i) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [i.lng, i.lat] }, properties: props(i) })) };
}

export default function PlannerPage() {
  const { t } = useTranslation(PLANNER_NS);
  const session = useSession();
  const canPlan = useCan('plan', 'read');
  const user = session.data?.user;
  if (session.isPending) return <div className="loading">…</div>;
  if (!canPlan) {
    return (
      <div className="page narrow">
        <h1>{t('title')}</h1>
        <p>{user ? t('forOfficials') : t('loginFirst')}</p>
        {!user && (
          <Link className="btn primary" to="/login?next=%2Fplanner">
            {t('translation:auth.login')}
          </Link>
        )}
      </div>
    );
  }
  return <Planner />;
}

function Planner() {
  const { t, i18n } = useTranslation(PLANNER_NS);
  const { t: tMain } = useTranslation();
  const lang = i18n.language;
  const qc = useQueryClient();
  const [objective, setObjective] = useState<Objective>('coverage');
  const [numbers, setNumbers] = useState<Record<NumberField, string>>({ p: '5', targetShare: '80', minutes: '15', speedKmh: '4', timeLimitSeconds: '10' });
  const [localErrors, setLocalErrors] = useState<Map<string, string>>(new Map());
  const [kinds, setKinds] = useState<ReadonlySet<CandidateKind>>(new Set(CANDIDATE_KINDS));
  const [result, setResult] = useState<SolveResponse | null>(null);
  const [name, setName] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [whatIf, setWhatIf] = useState<Record<string, WhatIfResponse>>({});
  const [uploadNote, setUploadNote] = useState<{ text: string; error: boolean } | null>(null);
  const [openNote, setOpenNote] = useState<{ name: string; r: WhatIfResponse } | null>(null);
  const [whatIfError, setWhatIfError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const candidates = useQuery({ queryKey: ['plan.candidates'], queryFn: ({ signal }) => planApi.candidates(signal) });
  const scenarios = useQuery({ queryKey: ['plan.scenarios'], queryFn: ({ signal }) => planApi.scenarios(signal) });
  const compared = useQuery({
    queryKey: ['plan.compare', ...picked],
    enabled: picked.length === 2,
    queryFn: ({ signal }) => Promise.all(picked.map((id) => planApi.scenario(id, signal))),
  });

  const solve = useMutation({
    mutationFn: (body: SolveRequest) => planApi.solve(body),
    onSuccess: (r) => {
      setResult(r);
      setWhatIf({});
      setOpenNote(null);
      setName(t('defaultName', { model: t(`objectiveShort.${r.solve.objectiveName}`), p: r.sites.length, m: r.request.minutes }));
    },
  });
  const save = useMutation({
    mutationFn: ({ name: n, runId }: { name: string; runId: string }) => planApi.save(n, runId),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['plan.scenarios'] }),
  });
  const remove = useMutation({
    mutationFn: (id: string) => planApi.remove(id),
    onSuccess: (_v, id) => {
      setPicked((x) => x.filter((y) => y !== id));
      void qc.invalidateQueries({ queryKey: ['plan.scenarios'] });
    },
  });

  const shown: NumberField[] = [objective === 'setcover' ? 'targetShare' : 'p', 'minutes', 'speedKmh', 'timeLimitSeconds'];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const issues = shown.map((f) => checkNumber(f, numbers[f])).filter((i): i is FieldIssue => i !== null);
    setLocalErrors(issueMap(issues, tMain));
    if (issues.length > 0) {
      formRef.current?.querySelector<HTMLInputElement>(`#pf-${issues[0]!.field}`)?.focus();
      return;
    }
    const n = (f: NumberField) => Number(numbers[f]);
    const body: SolveRequest = { objective, minutes: n('minutes'), speedKmh: n('speedKmh'), timeLimitSeconds: n('timeLimitSeconds'), maxClosures: 0, candidates: { kinds: [...kinds] } };
    if (objective === 'setcover') body.targetShare = n('targetShare') / 100;
    else body.p = n('p');
    solve.mutate(body);
  };

  const upload = async (file: File | undefined) => {
    if (!file) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      // the browser's own parser message is English whatever the UI's language: say it in ours
      setUploadNote({ text: t('uploadNotJson', { name: file.name }), error: true });
      return;
    }
    if (!json || typeof json !== 'object' || Array.isArray(json)) {
      setUploadNote({ text: t('uploadNotJson', { name: file.name }), error: true });
      return;
    }
    try {
      const r = await planApi.upload({ ...(json as object), name: file.name } as Parameters<typeof planApi.upload>[0]);
      setUploadNote({ text: t('uploaded', { count: r.items.length }), error: false });
      void qc.invalidateQueries({ queryKey: ['plan.candidates'] });
    } catch (e) {
      const where = e instanceof ApiError ? e.issues[0]?.field : undefined;
      const text = translateFailure(e, tMain);
      setUploadNote({ text: where && where !== 'body' ? t('uploadRejectedAt', { field: where, text }) : t('uploadRejected', { text }), error: true });
    }
  };

  const tryOpen = async (site: string) => {
    if (!result || result.sites.some((x) => x.id === site)) return;
    try {
      const r = await planApi.whatIf({ runId: result.runId, change: { action: 'open', site } });
      const c = candidates.data?.items.find((x) => x.id === site);
      setWhatIfError(null);
      setOpenNote({ name: c?.name ?? site, r });
    } catch (e) {
      setWhatIfError(translateFailure(e, tMain));
    }
  };

  const tryDrop = async (site: string) => {
    if (!result) return;
    try {
      const r = await planApi.whatIf({ runId: result.runId, change: { action: 'close', site } });
      setWhatIfError(null);
      setWhatIf((w) => ({ ...w, [site]: r }));
    } catch (e) {
      setWhatIfError(translateFailure(e, tMain));
    }
  };

  const error = solve.error instanceof ApiError ? solve.error : null;
  const serverErrors = useMemo(() => issueMap(error?.issues ?? [], tMain), [error, tMain]);
  const fieldError = (f: NumberField) => localErrors.get(f) ?? serverErrors.get(f) ?? null;
  // a server issue for a field this form has no input for (or none at all): said once, under the button
  const generalError = solve.error ? (error?.code === 'unavailable' ? t('noNetwork') : error && error.issues.some((i) => i.field in NUMBER_FIELDS) ? null : translateFailure(solve.error, tMain)) : null;
  const countByKind = useMemo(() => {
    const m = new Map<string, number>();
    for (const c of candidates.data?.items ?? []) m.set(c.kind, (m.get(c.kind) ?? 0) + 1);
    return m;
  }, [candidates.data]);

  const numberInput = (f: NumberField, label: string, step: number) => {
    const err = fieldError(f);
    const rule = NUMBER_FIELDS[f];
    return (
      <div className="pf-field">
        <label htmlFor={`pf-${f}`}>{label}</label>
        <input
          id={`pf-${f}`}
          type="number"
          min={rule.min}
          max={rule.max}
          step={step}
          inputMode={rule.integer ? 'numeric' : 'decimal'}
          value={numbers[f]}
          onChange={(e) => setNumbers((x) => ({ ...x, [f]: e.target.value }))}
          aria-invalid={err ? true : undefined}
          aria-describedby={err ? `pf-${f}-error` : undefined}
        />
        {err && (
          <span className="field-error" id={`pf-${f}-error`}>
            {err}
          </span>
        )}
      </div>
    );
  };

  return (
    <div className="planner">
      <aside className="planner-panel" aria-labelledby="planner-title">
        <h1 id="planner-title">{t('title')}</h1>
        <p className="muted small planner-intro">{t('intro')}</p>
        <form ref={formRef} className="planner-form" onSubmit={submit} noValidate>
          <label className="pf-wide" htmlFor="pf-objective">
            <span>{t('model')}</span>
          </label>
          <select id="pf-objective" className="pf-wide pf-select" value={objective} onChange={(e) => setObjective(e.target.value as Objective)}>
            {OBJECTIVES.map((o) => (
              <option key={o} value={o}>
                {t(`objective.${o}`)}
              </option>
            ))}
          </select>
          {objective === 'setcover' ? numberInput('targetShare', t('targetShare'), 1) : numberInput('p', t('p'), 1)}
          {numberInput('minutes', t('minutes'), 1)}
          {numberInput('speedKmh', t('speed'), 0.1)}
          {numberInput('timeLimitSeconds', t('timeLimit'), 1)}
          <fieldset className="pf-wide pf-kinds">
            <legend>
              {t('candidates')} <span className="muted small">{t('candidateCount', { count: candidates.data?.total ?? 0 })}</span>
            </legend>
            {CANDIDATE_KINDS.map((k) => (
              <label key={k} className="pf-check">
                <input
                  type="checkbox"
                  checked={kinds.has(k)}
                  onChange={(e) => {
                    const next = new Set(kinds);
                    if (e.target.checked) next.add(k);
                    else next.delete(k);
                    setKinds(next);
                  }}
                />
                {t(`kind.${k}`)} <span className="muted small">{countByKind.get(k) ?? 0}</span>
              </label>
            ))}
            <label className="pf-upload btn ghost small">
              {t('upload')}
              <input type="file" accept=".geojson,.json,application/geo+json,application/json" onChange={(e) => void upload(e.target.files?.[0])} />
            </label>
            {uploadNote && (
              <p className={`small ${uploadNote.error ? 'error' : 'muted'}`} role={uploadNote.error ? 'alert' : 'status'} data-testid="upload-note">
                {uploadNote.text}
              </p>
            )}
          </fieldset>
          <button type="submit" className="btn primary pf-wide" disabled={solve.isPending || kinds.size === 0}>
            {solve.isPending ? t('running') : t('run')}
          </button>
          {generalError && (
            <p className="error pf-wide" role="alert">
              {generalError}
            </p>
          )}
        </form>
        {whatIfError && (
          <p className="error small" role="alert">
            {whatIfError}
          </p>
        )}

        {result && <Results result={result} whatIf={whatIf} onDrop={(id) => void tryDrop(id)} openNote={openNote} />}

        {result && (
          <form
            className="planner-save"
            onSubmit={(e) => {
              e.preventDefault();
              save.mutate({ name: name.trim() || result.runId.slice(0, 8), runId: result.runId });
            }}
          >
            <label>
              <span className="sr-only">{t('saveAs')}</span>
              <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('saveAs')} aria-label={t('saveAs')} maxLength={200} />
            </label>
            <button type="submit" className="btn ghost small" disabled={save.isPending}>
              {save.isSuccess && save.data?.name === name.trim() ? t('saved') : t('save')}
            </button>
          </form>
        )}

        <h2 className="panel-h">{t('scenarios')}</h2>
        {(scenarios.data?.items.length ?? 0) === 0 ? (
          <p className="muted small">{t('noScenarios')}</p>
        ) : (
          <>
            <p className="muted small">{t('compareHint')}</p>
            <ul className="scenario-list" aria-label={t('scenarios')}>
              {scenarios.data!.items.map((s) => (
                <li key={s.id}>
                  <label className="pf-check">
                    <input
                      type="checkbox"
                      checked={picked.includes(s.id)}
                      onChange={(e) => setPicked((x) => (e.target.checked ? [...x.filter((y) => y !== s.id), s.id].slice(-2) : x.filter((y) => y !== s.id)))}
                      aria-label={`${t('compare')} ${s.name}`}
                    />
                    <span className="scenario-name">{s.name}</span>
                  </label>
                  <span className="scenario-meta muted small">
                    {s.coveredBefore !== null && s.coveredAfter !== null ? `+${formatNumber(s.coveredAfter - s.coveredBefore, lang)}` : ''}
                  </span>
                  <span className="scenario-actions">
                    <a className="btn ghost small" href={planApi.exportUrl(s.id, 'geojson')} download>
                      GeoJSON
                    </a>
                    <a className="btn ghost small" href={planApi.exportUrl(s.id, 'xlsx')} download>
                      XLSX
                    </a>
                    <button type="button" className="btn ghost small danger" onClick={() => remove.mutate(s.id)} aria-label={`${t('delete')} ${s.name}`}>
                      ×
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
        {compared.data && compared.data.length === 2 && <Compare a={compared.data[0]!} b={compared.data[1]!} />}
      </aside>
      <PlanMap result={result} candidates={candidates.data?.items ?? []} onCandidate={(id) => void tryOpen(id)} />
    </div>
  );
}

function Results({ result, whatIf, onDrop, openNote }: { result: SolveResponse; whatIf: Record<string, WhatIfResponse>; onDrop: (id: string) => void; openNote: { name: string; r: WhatIfResponse } | null }) {
  const { t, i18n } = useTranslation(PLANNER_NS);
  const lang = i18n.language;
  const s = result.solve;
  const { before, after } = result.coverage;
  return (
    <section className="planner-results" aria-labelledby="plan-results-title" data-testid="plan-results">
      <h2 id="plan-results-title" className="panel-h">
        {t('results')}
      </h2>
      <p className={`plan-status status-${s.status}`} data-testid="plan-status">
        <strong>{t(`status.${s.status}`)}</strong>
        <span className="muted small">
          {' · '}
          {!s.optimal && s.bound !== null && `${t('bound', { bound: formatNumber(Math.round(s.bound), lang), gap: pct(s.gap ?? 0, lang) })} · `}
          {t('seconds', { s: formatNumber(Math.round(result.timings.totalMs / 100) / 10, lang) })}
        </span>
      </p>
      <div className="kpi-grid">
        <div className="kpi" data-testid="coverage-change">
          <div className="kpi-label">{t('coverageMinutes', { m: result.request.minutes })}</div>
          <div className="kpi-values">
            <span className="kpi-before" data-testid="coverage-before">
              {pct(before.share, lang)}
            </span>
            <span className="kpi-arrow" aria-hidden="true">
              →
            </span>
            <span className="kpi-after" data-testid="coverage-after">
              {pct(after.share, lang)}
            </span>
          </div>
          <div className="kpi-sub muted small">
            {formatNumber(before.covered, lang)} → {formatNumber(after.covered, lang)} / {formatNumber(after.children, lang)}
            <span className="kpi-gain"> +{formatNumber(after.covered - before.covered, lang)}</span>
          </div>
        </div>
        <div className="kpi">
          <div className="kpi-label">{t('per1000')}</div>
          <div className="kpi-values">
            <span className="kpi-before">{rate(result.places.per1000Before, lang)}</span>
            <span className="kpi-arrow" aria-hidden="true">
              →
            </span>
            <span className="kpi-after">{rate(result.places.per1000After, lang)}</span>
          </div>
          <div className="kpi-sub muted small">
            {formatNumber(result.places.before, lang)} → {formatNumber(result.places.after, lang)}
          </div>
        </div>
      </div>
      <h3 className="panel-h">{t('proposed')}</h3>
      <p className="muted small whatif-hint">{t('whatIfHint')}</p>
      {openNote && (
        <p className="whatif-open small" role="status" data-testid="whatif-open">
          {t('whatIfOpen', { name: openNote.name, delta: formatNumber(openNote.r.delta.covered, lang), ms: formatNumber(Math.round(openNote.r.ms * 10) / 10, lang) })}
        </p>
      )}
      <ol className="site-list" data-testid="proposed-sites">
        {result.sites.map((x, i) => (
          <li key={x.id}>
            <span className="site-rank" aria-hidden="true">
              {i + 1}
            </span>
            <span className="site-body">
              <span className="site-name">{x.name}</span>
              <span className="muted small">
                {t(`kind.${x.kind}`)} · {t('places', { n: x.places })}
              </span>
              <strong className="site-gain small">{t('newlyCovered', { n: formatNumber(x.newlyCovered, lang) })}</strong>
              {whatIf[x.id] && (
                <span className="small whatif-note">
                  {t('whatIfResult', { delta: formatNumber(whatIf[x.id]!.delta.covered, lang), ms: formatNumber(Math.round(whatIf[x.id]!.ms * 10) / 10, lang) })}
                </span>
              )}
            </span>
            <button type="button" className="btn ghost small" onClick={() => onDrop(x.id)}>
              {t('whatIfClose')}
            </button>
          </li>
        ))}
      </ol>
      <h3 className="panel-h">{t('byDivision')}</h3>
      <table className="division-table">
        <thead>
          <tr>
            <th scope="col">{t('division')}</th>
            <th scope="col">{t('coverage')}</th>
            <th scope="col">{t('per1000')}</th>
          </tr>
        </thead>
        <tbody>
          {result.coverage.divisions.map((d) => (
            <tr key={d.divisionId} className={d.coveredAfter > d.coveredBefore ? 'gained' : ''}>
              <th scope="row">{lang.startsWith('zh') ? d.name : (d.nameEn ?? d.name)}</th>
              <td>
                {pct(d.shareBefore, lang)} → <strong>{pct(d.shareAfter, lang)}</strong>
              </td>
              <td>
                {rate(d.per1000Before, lang)} → <strong>{rate(d.per1000After, lang)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Compare({ a, b }: { a: Scenario; b: Scenario }) {
  const { t, i18n } = useTranslation(PLANNER_NS);
  const lang = i18n.language;
  const rows: Array<[string, (s: Scenario) => string]> = [
    ['model', (s) => t(`objective.${s.request.objective}`)],
    ['p', (s) => String(s.result.sites.length)],
    ['minutes', (s) => `${s.request.minutes}′ · ${s.request.speedKmh} km/h`],
    ['before', (s) => pct(s.result.coverage.before.share, lang)],
    ['after', (s) => pct(s.result.coverage.after.share, lang)],
    ['gain', (s) => `+${formatNumber(s.result.coverage.after.covered - s.result.coverage.before.covered, lang)}`],
    ['per1000', (s) => `${rate(s.result.places.per1000Before, lang)} → ${rate(s.result.places.per1000After, lang)}`],
    ['status', (s) => t(`statusShort.${s.result.solve.status}`)],
  ];
  return (
    <section className="compare" aria-labelledby="compare-title" data-testid="scenario-compare">
      <h2 id="compare-title" className="panel-h">
        {t('compareTitle')}
      </h2>
      <table className="division-table compare-table">
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">{t('metricHeader')}</span>
            </th>
            <th scope="col">{a.name}</th>
            <th scope="col">{b.name}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([k, f]) => (
            <tr key={k}>
              <th scope="row">{t(`metric.${k}`)}</th>
              <td>{f(a)}</td>
              <td>{f(b)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function PlanMap({ result, candidates, onCandidate }: { result: SolveResponse | null; candidates: ReadonlyArray<{ id: string; lng: number; lat: number; kind: string }>; onCandidate: (id: string) => void }) {
  const { t } = useTranslation(PLANNER_NS);
  const onCandidateClick = useEffectEvent((id: string) => onCandidate(id));
  const ref = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MlMap | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let map: MlMap;
    try {
      map = new MlMap({ container: el, style: blankStyle(), center: CHANGZHI, zoom: 9, minZoom: 5, maxZoom: 18, attributionControl: false, dragRotate: false, pitchWithRotate: false, fadeDuration: 0 });
    } catch {
      return;
    }
    mapRef.current = map;
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
    map.on('load', () => {
      map.addSource('divisions', { type: 'geojson', data: EMPTY as never });
      for (const l of divisionLayers) map.addLayer(l);
      map.addSource('roads', { type: 'geojson', data: EMPTY as never });
      map.addLayer({ id: 'plan-roads', type: 'line', source: 'roads', paint: { 'line-color': '#cfd8d5', 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 0.4, 16, 4] } });
      map.addSource('existing', { type: 'geojson', data: EMPTY as never });
      map.addLayer({ id: 'plan-existing', type: 'circle', source: 'existing', paint: { 'circle-color': '#0b5c6b', 'circle-opacity': 0.55, 'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 2.5, 14, 6], 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 } });
      map.addSource('candidates', { type: 'geojson', data: EMPTY as never });
      map.addLayer({ id: 'plan-candidates', type: 'circle', source: 'candidates', paint: { 'circle-color': 'rgba(255,255,255,0.5)', 'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 1.5, 14, 4.5], 'circle-stroke-color': 'rgba(110,128,132,0.55)', 'circle-stroke-width': 0.8 } });
      map.addSource('covered', { type: 'geojson', data: EMPTY as never });
      map.addLayer({
        id: PLAN_LAYERS.covered,
        type: 'circle',
        source: 'covered',
        paint: { 'circle-color': '#f59e0b', 'circle-opacity': 0.75, 'circle-radius': ['interpolate', ['linear'], ['get', 'children'], 0, 3, 40, 9], 'circle-stroke-color': '#b45309', 'circle-stroke-width': 0.8 },
      });
      map.addSource('sites', { type: 'geojson', data: EMPTY as never });
      map.addLayer({ id: 'plan-sites-halo', type: 'circle', source: 'sites', paint: { 'circle-color': 'rgba(217,70,36,0.18)', 'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 14, 14, 30] } });
      map.addLayer({ id: PLAN_LAYERS.sites, type: 'circle', source: 'sites', paint: { 'circle-color': '#d94624', 'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 7, 14, 12], 'circle-stroke-color': '#fff', 'circle-stroke-width': 2.5 } });
      setReady(true);
    });
    map.on('click', 'plan-candidates', (e) => {
      const id = e.features?.[0]?.properties.id;
      if (id) onCandidateClick(String(id));
    });
    map.on('mouseenter', 'plan-candidates', () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', 'plan-candidates', () => (map.getCanvas().style.cursor = ''));
    return () => {
      map.remove();
      mapRef.current = null;
    };
  }, []);

  const divisions = useQuery(divisionsGeoQuery());
  const facilities = useQuery(facilitiesGeoQuery());
  const status = useQuery(accessStatusQuery());
  // The street data's own credit line: © OpenStreetMap contributors for real data, a synthetic-data note for the demo.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !status.data?.attribution) return;
    const credit = status.data.synthetic ? t('footer.streetsSynthetic', { ns: 'translation' }) : status.data.attribution;
    const control = new AttributionControl({ compact: true, customAttribution: credit });
    map.addControl(control, 'bottom-right');
    // (on leaving the page the map is already gone: the creating effect's clean-up ran first)
    return () => void (mapRef.current === map && map.removeControl(control));
  }, [ready, status.data?.attribution, status.data?.synthetic, t]);
  const roads = useQuery(roadsQuery());

  const set = (id: string, data: unknown) => mapRef.current?.getSource<GeoJSONSource>(id)?.setData(data as never);
  useEffect(() => void (ready && divisions.data && set('divisions', divisions.data)), [ready, divisions.data]);
  useEffect(() => void (ready && roads.data && set('roads', roads.data)), [ready, roads.data]);
  useEffect(() => void (ready && facilities.data && set('existing', facilities.data)), [ready, facilities.data]);
  useEffect(() => void (ready && set('candidates', points(candidates, (c) => ({ id: c.id, kind: c.kind })))), [ready, candidates]);
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    set('sites', points(result?.sites ?? [], (s) => ({ id: s.id, name: s.name, newlyCovered: s.newlyCovered })));
    set('covered', points(result?.newlyCovered ?? [], (c) => ({ id: c.id, children: c.children, site: c.siteId })));
    const pts = [...(result?.sites ?? []), ...(result?.newlyCovered ?? [])];
    if (pts.length > 0) {
      const xs = pts.map((q) => q.lng);
      const ys = pts.map((q) => q.lat);
      const b: LngLatBoundsLike = [
        [Math.min(...xs), Math.min(...ys)],
        [Math.max(...xs), Math.max(...ys)],
      ];
      map.fitBounds(b, { padding: 60, maxZoom: 14, duration: 0 });
    }
  }, [ready, result]);
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || result || !divisions.data) return;
    const xs: number[] = [];
    const ys: number[] = [];
    const visit = (c: unknown): void => {
      if (Array.isArray(c) && typeof c[0] === 'number') {
        xs.push(c[0] as number);
        ys.push(c[1] as number);
      } else if (Array.isArray(c)) c.forEach(visit);
    };
    for (const f of divisions.data.features) visit(f.geometry.coordinates);
    if (xs.length) map.fitBounds([[Math.min(...xs), Math.min(...ys)], [Math.max(...xs), Math.max(...ys)]], { padding: 40, duration: 0 });
  }, [ready, divisions.data, result]);

  return (
    <div className="planner-map-wrap">
      <div ref={ref} className="planner-map" role="region" aria-label={t('title')} data-testid="planner-map" />
      <ul className="planner-legend" aria-label="legend">
        <li>
          <span className="lg lg-proposed" aria-hidden="true" />
          {t('legend.proposed')}
        </li>
        <li>
          <span className="lg lg-newly" aria-hidden="true" />
          {t('legend.newly')}
        </li>
        <li>
          <span className="lg lg-existing" aria-hidden="true" />
          {t('legend.existing')}
        </li>
        <li>
          <span className="lg lg-candidate" aria-hidden="true" />
          {t('legend.candidate')}
        </li>
      </ul>
    </div>
  );
}

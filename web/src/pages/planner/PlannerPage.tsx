/**
 * The planner page (/planner, 选址规划): choose a model, p or a target share, the walking limit and speed and the
 * candidate sites; solve on the live registry; see the proposed sites and the compounds they newly cover on the map,
 * before/after coverage and places per 1,000 residents overall and by county; try dropping a site (what-if); save
 * scenarios, compare two side by side, export GeoJSON/XLSX. Officials only (the API enforces it too).
 * `window.__ccMap` exposes the map to browser tests; the proposed sites are the `plan-sites` layer.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AttributionControl, Map as MlMap, NavigationControl, ScaleControl, setWorkerUrl, type GeoJSONSource, type LngLatBoundsLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { api, ApiError, request } from '../../api/client.ts';
import { useSession } from '../../auth.tsx';
import { formatFixed, formatNumber } from '../../format.ts';
import { Link } from '../../router.tsx';
import { blankStyle, divisionLayers } from '../../map/layers.ts';
import { accessApi } from '../../api/access.ts';
import { CANDIDATE_KINDS, OBJECTIVES, planApi, type CandidateKind, type Objective, type Scenario, type SolveRequest, type SolveResponse, type WhatIfResponse } from './api.ts';
import { PLANNER_NS } from './i18n.ts';
import './planner.css';

setWorkerUrl(workerUrl);

const EMPTY = { type: 'FeatureCollection', features: [] } as const;
const CHANGZHI: [number, number] = [113.1, 36.2];
const PLANNERS = new Set(['city_official', 'district_official', 'admin']);
/** Layer ids browser tests query. */
export const PLAN_LAYERS = { sites: 'plan-sites', covered: 'plan-covered' } as const;

const pct = (x: number, lang: string) => `${formatFixed(x * 100, 1, lang)}%`;
const rate = (x: number | null, lang: string) => (x === null ? '–' : formatFixed(x, 2, lang));

function points<T extends { lng: number; lat: number }>(items: readonly T[], props: (t: T) => Record<string, unknown>) {
  return { type: 'FeatureCollection', features: items.map((i) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [i.lng, i.lat] }, properties: props(i) })) };
}

export default function PlannerPage() {
  const { t } = useTranslation(PLANNER_NS);
  const session = useSession();
  const user = session.data?.user;
  if (session.isPending) return <div className="loading">…</div>;
  if (!user || !PLANNERS.has(user.role)) {
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
  const lang = i18n.language;
  const qc = useQueryClient();
  const [objective, setObjective] = useState<Objective>('coverage');
  const [p, setP] = useState(5);
  const [target, setTarget] = useState(80);
  const [minutes, setMinutes] = useState(15);
  const [speed, setSpeed] = useState(4);
  const [timeLimit, setTimeLimit] = useState(10);
  const [kinds, setKinds] = useState<ReadonlySet<CandidateKind>>(new Set(CANDIDATE_KINDS));
  const [result, setResult] = useState<SolveResponse | null>(null);
  const [name, setName] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [whatIf, setWhatIf] = useState<Record<string, WhatIfResponse>>({});
  const [uploadNote, setUploadNote] = useState<string | null>(null);
  const [openNote, setOpenNote] = useState<{ name: string; r: WhatIfResponse } | null>(null);

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
      setName(t('defaultName', { model: t(`objective.${r.solve.objectiveName}`).replace(/（.*|\s\(.*/, ''), p: r.sites.length, m: r.request.minutes }));
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

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: SolveRequest = { objective, minutes, speedKmh: speed, timeLimitSeconds: timeLimit, candidates: { kinds: [...kinds] } };
    if (objective === 'setcover') body.targetShare = target / 100;
    else body.p = p;
    solve.mutate(body);
  };

  const upload = async (file: File | undefined) => {
    if (!file) return;
    try {
      const json = JSON.parse(await file.text()) as Record<string, unknown>;
      const r = await planApi.upload({ ...json, name: file.name });
      setUploadNote(t('uploaded', { count: r.items.length }));
      void qc.invalidateQueries({ queryKey: ['plan.candidates'] });
    } catch (e) {
      setUploadNote(e instanceof Error ? e.message : String(e));
    }
  };

  const tryOpen = async (site: string) => {
    if (!result || result.sites.some((x) => x.id === site)) return;
    const r = await planApi.whatIf({ runId: result.runId, change: { action: 'open', site } });
    const c = candidates.data?.items.find((x) => x.id === site);
    setOpenNote({ name: c?.name ?? site, r });
  };

  const tryDrop = async (site: string) => {
    if (!result) return;
    const r = await planApi.whatIf({ runId: result.runId, change: { action: 'close', site } });
    setWhatIf((w) => ({ ...w, [site]: r }));
  };

  const error = solve.error instanceof ApiError ? solve.error : null;
  const fieldError = (f: string) => (error?.field === f ? error.message : null);
  const countByKind = useMemo(() => {
    const m = new Map<string, number>();
    for (const c of candidates.data?.items ?? []) m.set(c.kind, (m.get(c.kind) ?? 0) + 1);
    return m;
  }, [candidates.data]);

  return (
    <div className="planner">
      <aside className="planner-panel" aria-labelledby="planner-title">
        <h1 id="planner-title">{t('title')}</h1>
        <p className="muted small planner-intro">{t('intro')}</p>
        <form className="planner-form" onSubmit={submit}>
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
          {objective === 'setcover' ? (
            <label>
              <span>{t('targetShare')}</span>
              <input type="number" min={1} max={100} step={1} value={target} onChange={(e) => setTarget(Number(e.target.value))} aria-invalid={!!fieldError('targetShare')} />
            </label>
          ) : (
            <label>
              <span>{t('p')}</span>
              <input type="number" min={1} max={200} step={1} value={p} onChange={(e) => setP(Number(e.target.value))} aria-invalid={!!fieldError('p')} />
            </label>
          )}
          <label>
            <span>{t('minutes')}</span>
            <input type="number" min={1} max={60} step={1} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} aria-invalid={!!fieldError('minutes')} />
          </label>
          <label>
            <span>{t('speed')}</span>
            <input type="number" min={1} max={8} step={0.1} value={speed} onChange={(e) => setSpeed(Number(e.target.value))} />
          </label>
          <label>
            <span>{t('timeLimit')}</span>
            <input type="number" min={1} max={60} step={1} value={timeLimit} onChange={(e) => setTimeLimit(Number(e.target.value))} />
          </label>
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
            {uploadNote && <p className="small muted">{uploadNote}</p>}
          </fieldset>
          <button type="submit" className="btn primary pf-wide" disabled={solve.isPending || kinds.size === 0}>
            {solve.isPending ? t('running') : t('run')}
          </button>
          {solve.error && (
            <p className="error pf-wide" role="alert">
              {error?.code === 'unavailable' ? t('noNetwork') : solve.error.message}
            </p>
          )}
        </form>

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
    ['status', (s) => t(`status.${s.result.solve.status}`).split(/[：:]/)[0]!],
  ];
  return (
    <section className="compare" aria-labelledby="compare-title" data-testid="scenario-compare">
      <h2 id="compare-title" className="panel-h">
        {t('compareTitle')}
      </h2>
      <table className="division-table compare-table">
        <thead>
          <tr>
            <th scope="col" />
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
  const onCandidateRef = useRef(onCandidate);
  onCandidateRef.current = onCandidate;
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
    window.__ccMap = map;
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
      if (id) onCandidateRef.current(String(id));
    });
    map.on('mouseenter', 'plan-candidates', () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', 'plan-candidates', () => (map.getCanvas().style.cursor = ''));
    return () => {
      if (window.__ccMap === map) delete window.__ccMap;
      map.remove();
      mapRef.current = null;
    };
  }, []);

  const divisions = useQuery({ queryKey: ['divisions.geojson'], queryFn: ({ signal }) => api.divisionsGeoJson(signal), staleTime: 5 * 60_000 });
  const facilities = useQuery({ queryKey: ['facilities.geojson'], queryFn: ({ signal }) => api.facilitiesGeoJson({}, signal) });
  const status = useQuery({ queryKey: ['access.status'], queryFn: ({ signal }) => accessApi.status(signal), staleTime: Infinity, retry: false });
  // The street data's own credit line: © OpenStreetMap contributors for real data, a synthetic-data note for the demo.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !status.data?.attribution) return;
    const credit = status.data.synthetic ? t('footer.streetsSynthetic', { ns: 'translation' }) : status.data.attribution;
    const control = new AttributionControl({ compact: true, customAttribution: credit });
    map.addControl(control, 'bottom-right');
    return () => void map.removeControl(control);
  }, [ready, status.data?.attribution, status.data?.synthetic, t]);
  const roads = useQuery({ queryKey: ['access.roads'], queryFn: ({ signal }) => request<object>('GET', '/access/roads.geojson', { signal }), staleTime: Infinity, retry: false });

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

/**
 * The home page: the city map. MapLibre with a blank background and our own GeoJSON (divisions, streets and
 * facilities), facilities coloured by tier and clustered when zoomed out; a click opens the facility card (a bottom
 * sheet on phones). The legend doubles as a tier filter. When the server has a walking network
 * (GET /api/access/status) the map also shows the streets, walking circles (15分钟托育服务圈) around a facility or a
 * clicked place, and the 15-minute coverage panel; without one those features stay hidden. The street data's credit
 * line follows the UI's language. (Browser tests reach the MapLibre map through React's own tree — test/e2e/map.ts —
 * so the production bundle carries no test hook.)
 */
import { Component, useEffect, useEffectEvent, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AttributionControl, Map as MlMap, Marker, NavigationControl, ScaleControl, setWorkerUrl, type GeoJSONSource, type LngLatBoundsLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { ApiError } from '../api/http.ts';
import { accessStatusQuery, coverageQuery, isochrones, ROADS_URL } from '../api/access.ts';
import type { Division, FacilityCollection, Tier } from '../api/model.ts';
import { useCarePolicy } from '../api/policy.ts';
import { divisionsGeoQuery, facilitiesGeoQuery } from '../api/registry.ts';
import { FacilityCard } from '../components/FacilityCard.tsx';
import { CoveragePanel, DEFAULT_SPEED, shareClass } from '../components/CoveragePanel.tsx';
import { WALK_MINUTES, WalkPanel, type ReachableFacility, type WalkOrigin } from '../components/WalkPanel.tsx';
import { TIER_COLORS } from '../components/tiers.ts';
import { useSynthetic } from '../components/Banners.tsx';
import { formatNumber } from '../format.ts';
import { Link, useSearchParams } from '../router.tsx';
import { addIsochroneLayers, addRoadLayers, blankStyle, divisionLayers, FACILITY_LAYERS, facilityLayers, LAYER_GROUPS, SRC, type LayerGroupId } from '../map/layers.ts';
import { formatShare } from '../map/format.ts';
import { boundsOfCoordinates, withinRings } from '../map/geo.ts';
import '../map/access.css';

setWorkerUrl(workerUrl);

const CHANGZHI: [number, number] = [113.1, 36.2];
const EMPTY = { type: 'FeatureCollection', features: [] } as const;

/** Keeps the city clear of the side panel on wide screens. */
function fitPadding(map: MlMap) {
  return map.getContainer().clientWidth > 760 ? { top: 72, bottom: 64, right: 72, left: 356 } : 40;
}

/** Keeps a walking circle clear of the side panel, the walking-circle box and the facility card. */
function walkPadding(map: MlMap, withCard: boolean) {
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  if (w > 1100) return { top: 48, bottom: 48, left: 650, right: withCard ? 490 : 80 };
  // tablets: the walking-circle box sits bottom right (hidden while a card is open)
  if (w > 760) return { top: 48, bottom: 48, left: 356, right: withCard ? 490 : 380 };
  // phones: below the walking-circle box at the top (measured: its height depends on the list)
  const box = map.getContainer().parentElement?.querySelector('.walk-panel')?.getBoundingClientRect();
  const top = box ? box.bottom - map.getContainer().getBoundingClientRect().top + 12 : 230;
  return { top: Math.min(top, h * 0.6), bottom: 24, left: 20, right: 20 };
}

type Tab = 'layers' | 'coverage';

/** Phone layout (the CSS breakpoint is 760 px). */
const phone = () => !window.matchMedia('(min-width: 761px)').matches;

/** Whether this browser can give MapLibre a WebGL context (else the page offers the list instead). */
function webglAvailable(): boolean {
  try {
    const c = document.createElement('canvas');
    return !!(c.getContext('webgl2') ?? c.getContext('webgl'));
  } catch {
    return false;
  }
}

function boundsOf(fc: { features: ReadonlyArray<{ geometry: { coordinates: unknown } }> }): LngLatBoundsLike | null {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of fc.features) visit(f.geometry.coordinates);
  return Number.isFinite(minX) ? [[minX, minY], [maxX, maxY]] : null;
}

/** What a browser without WebGL (or whose WebGL fails) gets instead of the map: the way to the list. */
function NoMap() {
  const { t } = useTranslation();
  return (
    <div className="map-page">
      <div className="map-fallback" role="alert">
        <p>{t('map.noWebgl')}</p>
        <Link className="btn primary" to="/facilities">
          {t('map.toList')}
        </Link>
      </div>
    </div>
  );
}

/** Catches MapLibre failing to start (thrown from the page's effect) and shows {@link NoMap}. */
class MapBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  render() {
    return this.state.failed ? <NoMap /> : this.props.children;
  }
}

/** The map route: the map page where WebGL works, the way to the list where it does not. */
export default function MapRoute() {
  const [webgl] = useState(webglAvailable);
  if (!webgl) return <NoMap />;
  return (
    <MapBoundary>
      <MapPage />
    </MapBoundary>
  );
}

function MapPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const selected = params.get('facility');
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MlMap | null>(null);
  const [ready, setReady] = useState(false);
  const [hiddenTiers, setHiddenTiers] = useState<ReadonlySet<Tier>>(new Set());
  const [freeOnly, setFreeOnly] = useState(false);
  const [visibleGroups, setVisibleGroups] = useState<ReadonlySet<LayerGroupId>>(new Set(['divisions', 'roads', 'facilities']));
  const [tab, setTab] = useState<Tab>('layers');
  const [coverageMinutes, setCoverageMinutes] = useState(15);
  const [speedKmh, setSpeedKmh] = useState(DEFAULT_SPEED);
  const [walk, setWalk] = useState<WalkOrigin | null>(null);
  const [picking, setPicking] = useState(false);
  const [roadsAdded, setRoadsAdded] = useState(false);
  const [roadsError, setRoadsError] = useState(false);
  const [roadsLoading, setRoadsLoading] = useState(false);
  // On phones the legend starts folded so the map gets the screen.
  const [panelOpen, setPanelOpen] = useState(() => window.matchMedia('(min-width: 761px)').matches);
  const synthetic = useSynthetic();
  const tiers = useCarePolicy()?.vocabularies.tiers ?? [];

  const divisions = useQuery(divisionsGeoQuery());
  const facilities = useQuery(facilitiesGeoQuery());
  // The walking network: without one (503 / loaded:false) roads, walking circles and coverage stay hidden.
  const status = useQuery(accessStatusQuery());
  const network = status.data?.loaded === true;
  const iso = useQuery({
    queryKey: ['access.isochrones', walk, speedKmh],
    queryFn: ({ signal }) => isochrones(walk!.kind === 'facility' ? { facility: walk!.id } : { lng: walk!.lng, lat: walk!.lat }, WALK_MINUTES, speedKmh, signal),
    enabled: !!walk && network,
    staleTime: 5 * 60_000,
    retry: (n, e) => n < 1 && !(e instanceof ApiError && e.status < 500),
  });
  // While the coverage tab is open the division labels carry their share (same query as the panel: fetched once).
  const coverageOpen = network && tab === 'coverage';
  const coverage = useQuery({ ...coverageQuery(coverageMinutes, speedKmh, freeOnly), enabled: coverageOpen });
  const shareByDivision = useMemo(
    () => (coverageOpen && coverage.data ? new Map(coverage.data.divisions.map((d) => [d.divisionId, d.share])) : null),
    [coverageOpen, coverage.data],
  );

  const select = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('facility', id);
    else next.delete('facility');
    setParams(next);
  };
  // What the map's own handlers do (registered once, reading the latest state).
  const isPicking = useEffectEvent(() => picking);
  const onPick = useEffectEvent((lng: number, lat: number) => {
    setPicking(false);
    setWalk({ kind: 'point', lng, lat });
  });
  const onFacility = useEffectEvent((id: string) => select(id));

  // Create the map once.
  useEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    // (a failure to start throws to MapBoundary)
    const map = new MlMap({
      container: el,
      style: blankStyle(),
      center: CHANGZHI,
      zoom: 8,
      minZoom: 5,
      maxZoom: 18,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      fadeDuration: 0,
    });
    mapRef.current = map;
    map.touchZoomRotate.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
    // the street data's credit line is added once the server says which data it is (see below)

    map.on('load', () => {
      map.addSource(SRC.divisions, { type: 'geojson', data: EMPTY as never });
      map.addSource(SRC.facilities, { type: 'geojson', data: EMPTY as never, cluster: true, clusterRadius: 48, clusterMaxZoom: 11 });
      for (const l of divisionLayers) map.addLayer(l);
      // roads are inserted here once the server says it has a street network (addRoadLayers)
      addIsochroneLayers(map);
      for (const l of facilityLayers) map.addLayer(l);
      setReady(true);
    });

    map.on('error', (e) => {
      if ((e as { sourceId?: string }).sourceId === SRC.roads) setRoadsError(true);
    });
    // "What is within 15 minutes of here": in picking mode a click anywhere draws that place's walking circle.
    map.on('click', (e) => {
      if (isPicking()) onPick(e.lngLat.lng, e.lngLat.lat);
    });
    map.on('click', 'facility-clusters', async (e) => {
      if (isPicking()) return;
      const f = e.features?.[0];
      if (!f) return;
      const src = map.getSource<GeoJSONSource>(SRC.facilities);
      const zoom = await src?.getClusterExpansionZoom(Number(f.properties.cluster_id));
      map.easeTo({ center: (f.geometry as unknown as { coordinates: [number, number] }).coordinates, zoom: (zoom ?? map.getZoom() + 2) + 0.2 });
    });
    map.on('click', 'facility-points', (e) => {
      if (isPicking()) return;
      const f = e.features?.[0];
      if (!f) return;
      onFacility(String(f.properties.id));
      // Keep the chosen point clear of the card (right panel on desktop, bottom sheet on phones).
      const coords = (f.geometry as unknown as { coordinates: [number, number] }).coordinates;
      const p = map.project(coords);
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      if (w <= 760 && p.y > h * 0.34) map.easeTo({ center: coords, offset: [0, -h * 0.3], duration: 400 });
      else if (w > 760 && p.x > w - 480) map.easeTo({ center: coords, offset: [-220, 0], duration: 400 });
    });
    for (const layer of FACILITY_LAYERS) {
      map.on('mouseenter', layer, () => !isPicking() && (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', layer, () => !isPicking() && (map.getCanvas().style.cursor = ''));
    }

    // Cluster counts as HTML markers (no glyphs needed).
    const countMarkers = new Map<number, Marker>();
    const updateCounts = () => {
      if (!map.getSource(SRC.facilities) || !map.isSourceLoaded(SRC.facilities)) return;
      const seen = new Set<number>();
      const visible = map.getLayoutProperty('facility-clusters', 'visibility') !== 'none';
      if (visible) {
        for (const f of map.querySourceFeatures(SRC.facilities, { filter: ['has', 'point_count'] })) {
          const id = Number(f.properties.cluster_id);
          if (seen.has(id)) continue;
          seen.add(id);
          let m = countMarkers.get(id);
          if (!m) {
            const div = document.createElement('div');
            div.className = 'cluster-count';
            div.textContent = String(f.properties.point_count_abbreviated ?? f.properties.point_count);
            m = new Marker({ element: div }).setLngLat((f.geometry as unknown as { coordinates: [number, number] }).coordinates).addTo(map);
            countMarkers.set(id, m);
          }
        }
      }
      for (const [id, m] of countMarkers) {
        if (!seen.has(id)) {
          m.remove();
          countMarkers.delete(id);
        }
      }
    };
    map.on('render', updateCounts);
    // Division names show at city zoom only: hidden when zoomed far out (they would pile up) or far in.
    const zoomClass = () => {
      el.classList.toggle('zoomed-in', map.getZoom() >= 11.5);
      el.classList.toggle('zoomed-out', map.getZoom() < 7.9);
    };
    map.on('load', zoomClass);
    map.on('zoom', zoomClass);

    return () => {
      countMarkers.forEach((m) => m.remove());
      setReady(false);
      map.remove();
      mapRef.current = null;
    };
  }, []);

  // Division areas + HTML name labels.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !divisions.data) return;
    map.getSource<GeoJSONSource>(SRC.divisions)?.setData(divisions.data as never);
    const labels: Marker[] = [];
    for (const f of divisions.data.features) {
      const d = f.properties as Division;
      const c = d.centroid ?? (f.geometry.type === 'Point' ? { lng: (f.geometry.coordinates as number[])[0]!, lat: (f.geometry.coordinates as number[])[1]! } : null);
      if (!c) continue;
      const div = document.createElement('div');
      div.className = 'division-label';
      div.textContent = lang.startsWith('zh') ? d.name : d.nameEn || d.name;
      const share = shareByDivision?.get(d.id);
      if (share !== undefined) {
        const chip = document.createElement('span');
        chip.className = `division-share ${shareClass(share)}`;
        chip.textContent = formatShare(share, lang);
        div.append(chip);
      }
      labels.push(new Marker({ element: div, anchor: 'top', offset: [0, 20] }).setLngLat([c.lng, c.lat]).addTo(map));
    }
    const show = visibleGroups.has('divisions');
    labels.forEach((m) => (m.getElement().style.display = show ? '' : 'none'));
    return () => labels.forEach((m) => m.remove());
  }, [ready, divisions.data, lang, visibleGroups, shareByDivision]);

  // Facilities (filtered client-side by the legend) and the first fit to the city.
  const shown = useMemo(() => {
    const fc = facilities.data;
    if (!fc) return null;
    return { ...fc, features: fc.features.filter((f) => !hiddenTiers.has(f.properties.tier) && (!freeOnly || f.properties.free > 0)) } satisfies FacilityCollection;
  }, [facilities.data, hiddenTiers, freeOnly]);
  const fitted = useRef(false);
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !shown) return;
    map.getSource<GeoJSONSource>(SRC.facilities)?.setData(shown as never);
    if (!fitted.current) {
      fitted.current = true;
      const b = boundsOf(facilities.data!) ?? (divisions.data ? boundsOf(divisions.data) : null);
      if (b) map.fitBounds(b, { padding: fitPadding(map), animate: false, maxZoom: 12 });
    }
    map.once('idle', () => map.getContainer().setAttribute('data-map-ready', 'true'));
  }, [ready, shown, facilities.data, divisions.data]);

  // Selected facility ring.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    map.setFilter('facility-selected', ['all', ['!', ['has', 'point_count']], ['==', ['get', 'id'], selected ?? '__none__']]);
  }, [ready, selected]);

  // Layer group visibility.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    for (const g of LAYER_GROUPS) {
      if (!g.available) continue;
      for (const l of g.layers) if (map.getLayer(l)) map.setLayoutProperty(l, 'visibility', visibleGroups.has(g.id) ? 'visible' : 'none');
    }
  }, [ready, visibleGroups, roadsAdded]);

  // Streets, once the server says it has a walking network.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !network) return;
    if (!map.getSource(SRC.roads)) {
      // the streets are a few MB: say so in the layer list until MapLibre's worker has them
      setRoadsLoading(true);
      const onData = (e: { sourceId?: string }) => {
        if (e.sourceId !== SRC.roads || !map.isSourceLoaded(SRC.roads)) return;
        setRoadsLoading(false);
        map.off('sourcedata', onData);
      };
      map.on('sourcedata', onData);
    }
    addRoadLayers(map, ROADS_URL);
    setRoadsAdded(true);
  }, [ready, network]);

  // The street data's credit line, in the UI's language for generated streets (it follows a language switch).
  const credit = network && status.data ? (status.data.synthetic ? t('footer.streetsSynthetic') : status.data.attribution) : null;
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !credit) return;
    const control = new AttributionControl({ compact: true, customAttribution: credit });
    map.addControl(control, 'bottom-right');
    // on a phone the credit line folds into the ⓘ button at once rather than covering the bottom of the map
    if (phone()) map.once('idle', () => control._container?.classList.remove('maplibregl-compact-show'));
    // (on leaving the page the map is already gone: the creating effect's clean-up ran first)
    return () => void (mapRef.current === map && map.removeControl(control));
  }, [ready, credit]);

  // Walking circle: rings largest first (the 15-minute fill lies underneath), the clicked place as a dot.
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    const rings = walk && iso.data ? [...iso.data.features].sort((a, b) => b.properties.minutes - a.properties.minutes) : [];
    map.getSource<GeoJSONSource>(SRC.isochrones)?.setData({ type: 'FeatureCollection', features: rings } as never);
    const origin = walk?.kind === 'point' ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [walk.lng, walk.lat] } }] : [];
    map.getSource<GeoJSONSource>(SRC.walkOrigin)?.setData({ type: 'FeatureCollection', features: origin } as never);
  }, [ready, walk, iso.data]);

  // Bring a new walking circle into view (once per circle).
  const fittedWalk = useRef<unknown>(null);
  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map || !walk || !iso.data || fittedWalk.current === iso.data) return;
    fittedWalk.current = iso.data;
    const outer = [...iso.data.features].sort((a, b) => b.properties.minutes - a.properties.minutes)[0];
    const b = outer ? boundsOfCoordinates(outer.geometry.coordinates) : null;
    if (b) map.fitBounds(b, { padding: walkPadding(map, !!selected), maxZoom: 16, duration: 600 });
  }, [ready, walk, iso.data, selected]);

  // Picking mode: crosshair cursor, Esc cancels.
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    map.getCanvas().style.cursor = picking ? 'crosshair' : '';
    if (!picking) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setPicking(false);
      // keyboard users cannot click a place: Enter on the map takes its centre
      if (e.key === 'Enter' && e.target === map.getCanvas()) {
        const c = map.getCenter();
        setPicking(false);
        setWalk({ kind: 'point', lng: c.lng, lat: c.lat });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [picking]);

  // Facilities within 15 minutes of a clicked place (those shown on the map, i.e. after the legend filters).
  const reachable = useMemo(() => {
    if (walk?.kind !== 'point' || !iso.data || !shown) return null;
    const rings = iso.data.features.map((f) => ({ minutes: f.properties.minutes, geometry: f.geometry }));
    const items: (ReachableFacility & { at: [number, number] })[] = shown.features.map((f) => ({
      id: f.properties.id,
      name: f.properties.name,
      tier: f.properties.tier,
      free: f.properties.free,
      capacity: f.properties.capacity,
      at: (f.geometry as unknown as { coordinates: [number, number] }).coordinates,
    }));
    return withinRings(items, (i) => i.at, rings).sort((a, b) => a.withinMinutes - b.withinMinutes || b.item.free - a.item.free);
  }, [walk, iso.data, shown]);

  const namesEn = useMemo(() => new Map((divisions.data?.features ?? []).map((f) => [f.properties.id, f.properties.nameEn ?? ''])), [divisions.data]);
  const showWalkingCircle = (id: string, name: string) => {
    setPicking(false);
    setWalk({ kind: 'facility', id, name });
    // a phone has no room for both: the card gives way to the circle (tap the facility again to reopen it)
    if (phone()) select(null);
  };
  const startPicking = () => {
    setPicking((p) => !p);
    if (phone()) setPanelOpen(false);
  };

  const totals = useMemo(() => {
    const fs = shown?.features ?? [];
    return fs.reduce((a, f) => ({ count: a.count + 1, places: a.places + (f.properties.capacity ?? 0), free: a.free + (f.properties.free ?? 0) }), { count: 0, places: 0, free: 0 });
  }, [shown]);
  const tierCounts = useMemo(() => {
    const c = new Map<Tier, number>();
    for (const f of facilities.data?.features ?? []) c.set(f.properties.tier, (c.get(f.properties.tier) ?? 0) + 1);
    return c;
  }, [facilities.data]);

  const toggleTier = (tier: Tier) =>
    setHiddenTiers((h) => {
      const n = new Set(h);
      if (n.has(tier)) n.delete(tier);
      else n.add(tier);
      return n;
    });
  const toggleGroup = (g: LayerGroupId) =>
    setVisibleGroups((s) => {
      const n = new Set(s);
      if (n.has(g)) n.delete(g);
      else n.add(g);
      return n;
    });
  const fitCity = () => {
    const map = mapRef.current;
    const b = facilities.data ? boundsOf(facilities.data) : null;
    if (map && b) map.fitBounds(b, { padding: fitPadding(map), maxZoom: 12 });
  };

  return (
    <div className={`map-page ${selected ? 'has-card' : ''} ${walk ? 'has-walk' : ''} ${picking ? 'picking' : ''}`}>
      <div ref={containerRef} className="map" role="region" aria-label={t('map.label')} data-testid="city-map" />
      <section className={`map-panel ${panelOpen ? 'open' : 'closed'} ${network && tab === 'coverage' ? 'tab-coverage' : ''}`} aria-labelledby="map-title">
        <div className="map-panel-head">
          <h1 id="map-title">{t('map.title')}</h1>
          <button type="button" className="icon-btn panel-toggle" aria-expanded={panelOpen} aria-controls="map-panel-body" aria-label={t('map.legend')} onClick={() => setPanelOpen((o) => !o)}>
            {panelOpen ? '−' : '+'}
          </button>
        </div>
        <div id="map-panel-body" className="map-panel-body">
          {facilities.data && (
            <p className="map-summary" data-testid="map-summary">
              {t('map.summary', { count: formatNumber(totals.count, lang), places: formatNumber(totals.places, lang), free: formatNumber(totals.free, lang) })}
            </p>
          )}
          {(facilities.isError || divisions.isError) && (
            <p className="error" role="alert">
              {t('map.loadError')}
            </p>
          )}
          <label className="switch">
            <input type="checkbox" role="switch" checked={freeOnly} onChange={(e) => setFreeOnly(e.target.checked)} />
            <span className="switch-track" aria-hidden="true" />
            {t('map.freeOnly')}
          </label>
          {network && (
            <button type="button" className={`btn ${picking ? 'primary' : 'ghost'} small block pick-btn`} aria-pressed={picking} onClick={startPicking}>
              <span className="pick-icon" aria-hidden="true" />
              {t('access.pointMode')}
            </button>
          )}
          {network && (
            <div className="panel-tabs" role="tablist" aria-label={t('access.tabs.label')}>
              {(['layers', 'coverage'] as const).map((id) => (
                <button key={id} type="button" role="tab" id={`map-tab-${id}`} aria-selected={tab === id} aria-controls={`map-tabpanel-${id}`} tabIndex={tab === id ? 0 : -1} onClick={() => setTab(id)}
                  onKeyDown={(e) => {
                    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                      const next = id === 'layers' ? 'coverage' : 'layers';
                      setTab(next);
                      document.getElementById(`map-tab-${next}`)?.focus();
                    }
                  }}>
                  {t(`access.tabs.${id}`)}
                </button>
              ))}
            </div>
          )}
          {network && tab === 'coverage' && (
            <div role="tabpanel" id="map-tabpanel-coverage" aria-labelledby="map-tab-coverage">
              <CoveragePanel minutes={coverageMinutes} speedKmh={speedKmh} free={freeOnly} onMinutes={setCoverageMinutes} onSpeed={setSpeedKmh} namesEn={namesEn} />
            </div>
          )}
          <div role={network ? 'tabpanel' : undefined} id="map-tabpanel-layers" aria-labelledby={network ? 'map-tab-layers' : undefined} hidden={network && tab !== 'layers'}>
          <h2 className="panel-h">{t('map.legend')}</h2>
          <ul className="legend" aria-label={t('map.legend')}>
            {tiers.filter((tier) => (tierCounts.get(tier) ?? 0) > 0 || !facilities.data).map((tier) => (
              <li key={tier}>
                <button type="button" className="legend-item" aria-pressed={!hiddenTiers.has(tier)} onClick={() => toggleTier(tier)}>
                  <span className={`legend-dot tier-${tier}`} style={{ background: TIER_COLORS[tier] }} aria-hidden="true" />
                  <span className="legend-label">{t(`tier.${tier}`)}</span>
                  <span className="legend-count">{tierCounts.get(tier) ?? ''}</span>
                </button>
              </li>
            ))}
            <li className="legend-cluster" aria-hidden="true">
              <span className="legend-dot cluster" />
              <span className="legend-label">{t('map.clusterHint')}</span>
            </li>
          </ul>
          <h2 className="panel-h">{t('map.layers')}</h2>
          <ul className="layer-list">
            {LAYER_GROUPS.filter((g) => !g.needsNetwork || network).map((g) => (
              <li key={g.id}>
                <label className={g.available ? '' : 'disabled'}>
                  <input type="checkbox" checked={g.available && visibleGroups.has(g.id)} disabled={!g.available} onChange={() => toggleGroup(g.id)} />
                  {t(`map.layer.${g.id}`)}
                  {!g.available && <span className="soon">{t('map.roadsSoon')}</span>}
                  {g.id === 'roads' && roadsError && <span className="soon error">{t('access.roadsError')}</span>}
                  {g.id === 'roads' && roadsLoading && !roadsError && <span className="soon">{t('app.loading')}</span>}
                </label>
                {g.id === 'roads' && visibleGroups.has('roads') && (
                  <ul className="road-legend" aria-label={t('access.roadLegend.label')}>
                    {(['major', 'minor', 'private', 'path', 'water', 'rail'] as const).map((k) => (
                      <li key={k}>
                        <span className={`road-swatch ${k}`} aria-hidden="true" />
                        {t(`access.roadLegend.${k}`)}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <button type="button" className="btn ghost small" onClick={fitCity}>
            {t('map.fit')}
          </button>
          </div>
          {synthetic && <p className="map-demo-note">{t('footer.synthetic')}</p>}
        </div>
      </section>
      {picking && (
        <div className="pick-hint" role="status">
          <span>{t('access.pointModeHint')}</span>
          <button type="button" className="btn ghost small" onClick={() => setPicking(false)}>
            {t('access.cancel')}
          </button>
        </div>
      )}
      {walk && (
        <WalkPanel
          origin={walk}
          speedKmh={speedKmh}
          loading={iso.isPending}
          error={iso.isError}
          data={iso.data}
          reachable={reachable}
          freeOnly={freeOnly}
          onSelect={(id) => select(id)}
          onClear={() => setWalk(null)}
        />
      )}
      {selected && <FacilityCard id={selected} onClose={() => select(null)} onWalkingCircle={network ? showWalkingCircle : undefined} walkingActive={walk?.kind === 'facility' && walk.id === selected} />}
    </div>
  );
}

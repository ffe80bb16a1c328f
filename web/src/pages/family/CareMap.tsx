/**
 * A small map for families (phone-first): the streets, the 15-minute walking area around the home, the home itself
 * and the facilities found; a tap sets the home when `onPick` is given. MapLibre with our own GeoJSON only (no
 * remote tiles). `window.__ccCareMap` exposes it to browser tests.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttributionControl, Map as MlMap, NavigationControl, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { addIsochroneLayers, addRoadLayers, blankStyle, SRC } from '../../map/layers.ts';
import { FAMILY_NS } from './i18n.ts';

setWorkerUrl(workerUrl);

declare global {
  interface Window {
    __ccCareMap?: MlMap;
  }
}

export interface MapFacility {
  id: string;
  name: string;
  lng: number;
  lat: number;
  free: number;
}

const EMPTY = { type: 'FeatureCollection', features: [] } as never;

/** Whether this browser can give MapLibre a WebGL context (else the page goes on without the map). */
function webglAvailable(): boolean {
  try {
    const c = document.createElement('canvas');
    return !!(c.getContext('webgl2') ?? c.getContext('webgl'));
  } catch {
    return false;
  }
}
const point = (lng: number, lat: number, properties: Record<string, unknown> = {}) => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [lng, lat] } });

export default function CareMap(props: {
  center: { lng: number; lat: number };
  home: { lng: number; lat: number } | null;
  facilities?: readonly MapFacility[];
  area?: { type: 'FeatureCollection'; features: unknown[] } | null;
  onPick?: (p: { lng: number; lat: number }) => void;
}) {
  const { t } = useTranslation(FAMILY_NS);
  const el = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MlMap | null>(null);
  const pickRef = useRef(props.onPick);
  const firstCenter = useRef(props.center);
  const [ready, setReady] = useState(false);
  const [webgl] = useState(webglAvailable);
  useEffect(() => {
    pickRef.current = props.onPick;
  });

  useEffect(() => {
    if (!el.current || !webgl) return;
    const center = firstCenter.current;
    const map = new MlMap({ container: el.current, style: blankStyle(), center: [center.lng, center.lat], zoom: 14.2, attributionControl: false, dragRotate: false });
    mapRef.current = map;
    window.__ccCareMap = map;
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
    map.on('load', () => {
      addRoadLayers(map, '/api/access/roads.geojson');
      addIsochroneLayers(map);
      map.addSource('care-facilities', { type: 'geojson', data: EMPTY });
      map.addLayer({ id: 'care-facilities', type: 'circle', source: 'care-facilities', paint: { 'circle-radius': 7, 'circle-color': ['case', ['>', ['get', 'free'], 0], '#13795b', '#94a3a0'], 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 } });
      setReady(true);
    });
    map.on('click', (e) => pickRef.current?.({ lng: Math.round(e.lngLat.lng * 1e6) / 1e6, lat: Math.round(e.lngLat.lat * 1e6) / 1e6 }));
    return () => {
      map.remove();
      if (window.__ccCareMap === map) delete window.__ccCareMap;
      mapRef.current = null;
    };
    // the map is made once; later changes go through the effects below
  }, [webgl]);

  useEffect(() => {
    const map = mapRef.current;
    if (!ready || !map) return;
    map.getSource<GeoJSONSource>(SRC.walkOrigin)?.setData({ type: 'FeatureCollection', features: props.home ? [point(props.home.lng, props.home.lat)] : [] } as never);
    map.getSource<GeoJSONSource>(SRC.isochrones)?.setData((props.area ?? EMPTY) as never);
    map.getSource<GeoJSONSource>('care-facilities')?.setData({ type: 'FeatureCollection', features: (props.facilities ?? []).map((f) => point(f.lng, f.lat, { id: f.id, name: f.name, free: f.free })) } as never);
    if (props.home) map.easeTo({ center: [props.home.lng, props.home.lat], duration: 300 });
  }, [ready, props.home, props.area, props.facilities]);

  if (!webgl) return <p className="muted small">{t('translation:map.noWebgl')}</p>;
  return <div ref={el} className="care-map" role="region" aria-label={t('find.mapLabel')} data-map-ready={ready ? 'true' : 'false'} />;
}

/**
 * Setting a family's home: search the compound (小区) or community by name, or tap the map. Only the point is kept
 * (for walking times); the list is public place data.
 */
import { lazy, Suspense, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { familyApi } from './api.ts';
import { FAMILY_NS } from './i18n.ts';

const CareMap = lazy(() => import('./CareMap.tsx'));

export interface Home {
  lng: number;
  lat: number;
  label: string;
}

/** The home chooser; the city centre when nothing is chosen yet. */
export function HomePicker({ value, onChange, idPrefix }: { value: Home | null; onChange: (h: Home) => void; idPrefix: string }) {
  const { t } = useTranslation(FAMILY_NS);
  const [q, setQ] = useState('');
  const found = useQuery({ queryKey: ['family.compounds', q], enabled: q.trim().length >= 1, queryFn: ({ signal }) => familyApi.compounds(q.trim(), signal) });
  return (
    <fieldset className="field">
      <legend>{t('add.home')}</legend>
      <span className="muted small">{t('add.homeHint')}</span>
      <label htmlFor={`${idPrefix}-home-q`}>{t('add.homeSearch')}</label>
      <input id={`${idPrefix}-home-q`} type="search" value={q} placeholder={t('add.homeSearchPlaceholder')} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
      {found.data && found.data.items.length > 0 && (
        <ul className="picker-list" aria-label={t('add.homeResults')}>
          {found.data.items.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                onClick={() => {
                  onChange({ lng: c.lng, lat: c.lat, label: `${c.name}（${c.communityName ?? c.divisionName}）` });
                  setQ('');
                }}
              >
                {c.name} <span className="muted small">{c.communityName ?? ''} · {c.divisionName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <Suspense fallback={<div className="care-map" />}>
        <CareMap center={value ?? { lng: 113.116, lat: 36.195 }} home={value} onPick={(p) => onChange({ ...p, label: t('add.homeOnMap') })} />
      </Suspense>
      <p className="small" aria-live="polite" data-testid={`${idPrefix}-home`}>
        {value ? t('add.homeChosen', { name: value.label }) : t('add.homeNone')}
      </p>
    </fieldset>
  );
}

/** Numbers of the walking-access views: shares as percentages, areas in km², in the app's locales. */

function locale(lang: string): string {
  return lang.startsWith('zh') ? 'zh-CN' : 'en-GB';
}

/** 0.4683 → "46.8%" (one decimal; both locales write the % sign after the number). */
export function formatShare(share: number, lang: string): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
}

/** 2,272,500 m² → "2.27" (km², two decimals; under 0.01 km² shows "<0.01"). */
export function formatKm2(m2: number, lang: string): string {
  const km2 = m2 / 1e6;
  if (km2 > 0 && km2 < 0.01) return '<0.01';
  return new Intl.NumberFormat(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(km2);
}

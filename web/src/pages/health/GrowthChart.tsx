/**
 * A WHO growth chart (生长曲线) drawn with Apache ECharts' SVG renderer (printable, crisp at any zoom): the reference
 * lines from the server (−3…+3 SD, or the 3rd–97th centiles, src/growth via /api/growth/curves) and the child's own
 * measurements on top. Age-based indicators run over months; weight-for-length/height over centimetres (length
 * below two years, height from two).
 */
import { useEffect, useMemo, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { Schemas } from '../../api/http.ts';
import { healthApi } from './api.ts';
import { HEALTH_NS } from './i18n.ts';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartIndicator = 'wfa' | 'lhfa' | 'wflh' | 'hcfa';
type Growth = Schemas['ChildGrowth'];
const DAYS_PER_MONTH = 30.4375;

/** Line colours: calm teal for the median, greys for the others (a chart is not an alarm). */
function lineColor(z: number): string {
  const a = Math.abs(z);
  if (a < 0.01) return '#0b5c6b';
  if (a < 1.5) return '#9fb5b3';
  if (a < 2.5) return '#c49a4a';
  return '#b9806d';
}

function lineLabel(z: number, centile: number | null): string {
  if (centile !== null) return `P${centile}`;
  return z === 0 ? '0' : z > 0 ? `+${z}` : `${z}`;
}

export function GrowthChart({ growth, indicator, kind }: { growth: Growth; indicator: ChartIndicator; kind: 'sd' | 'centile' }) {
  const { t, i18n } = useTranslation(HEALTH_NS);
  const el = useRef<HTMLDivElement>(null);
  const sex = growth.child.sex;
  const visits = growth.visits;
  const lastAge = visits.length ? Math.max(...visits.map((v) => v.scores.ageDays ?? 0)) : 0;
  // weight-for-length below 731 days, weight-for-height from 731: follow the child's latest measurement
  const table = indicator === 'wflh' ? (visits.at(-1)?.scores.wflhTable ?? (lastAge < 731 ? 'wfl' : 'wfh')) : indicator;
  const range = useMemo(() => {
    if (table === 'wfl' || table === 'wfh') {
      const lens = visits.map((v) => v.scores.lengthCm).filter((x): x is number => x !== null);
      const [lo, hi] = table === 'wfl' ? [45, 110] : [65, 120];
      const from = Math.max(lo, Math.floor((lens.length ? Math.min(...lens) : lo) - 5));
      const to = Math.min(hi, Math.ceil((lens.length ? Math.max(...lens) : lo + 30) + 5));
      return { from, to, step: 0.5 };
    }
    const to = Math.min(1856, Math.max(731, Math.ceil((lastAge + 120) / 30) * 30));
    return { from: 0, to, step: 7 };
  }, [table, visits, lastAge]);
  const curves = useQuery({ queryKey: ['health.curves', table, sex, kind, range], queryFn: ({ signal }) => healthApi.curves({ indicator: table, sex, kind, ...range }, signal), staleTime: Infinity });

  const byLength = table === 'wfl' || table === 'wfh';
  const points = useMemo(
    () =>
      visits.flatMap((v) => {
        const x = byLength ? v.scores.lengthCm : v.scores.ageDays === null ? null : v.scores.ageDays / DAYS_PER_MONTH;
        const y = indicator === 'wfa' || indicator === 'wflh' ? v.weightKg : indicator === 'lhfa' ? v.scores.lengthCm : v.headCm;
        return x === null || y === null ? [] : [[+x.toFixed(2), y, v.date] as const];
      }),
    [visits, byLength, indicator],
  );

  useEffect(() => {
    if (!el.current || !curves.data) return;
    const chart = echarts.init(el.current, null, { renderer: 'svg' });
    const c = curves.data;
    const xs = c.x.map((x) => (byLength ? x : x / DAYS_PER_MONTH));
    const unit = t(`unit.${c.measureUnit}`);
    chart.setOption({
      animation: false,
      grid: { left: 48, right: 44, top: 24, bottom: 44 },
      tooltip: { trigger: 'item', formatter: (p: { seriesName: string; value: [number, number, string?] }) => (p.value[2] ? `${p.value[2]}<br/>${p.value[1]} ${unit}` : `${p.seriesName}`) },
      xAxis: { type: 'value', min: xs[0], max: xs.at(-1), name: byLength ? t('chart.xLength') : t('chart.xAge'), nameLocation: 'middle', nameGap: 28, splitLine: { lineStyle: { color: '#eef2f1' } } },
      yAxis: { type: 'value', scale: true, name: unit, splitLine: { lineStyle: { color: '#eef2f1' } } },
      series: [
        ...c.lines.map((l) => ({
          name: lineLabel(l.z, l.centile),
          type: 'line',
          showSymbol: false,
          silent: true,
          smooth: true,
          lineStyle: { width: Math.abs(l.z) < 0.01 ? 2 : 1.2, color: lineColor(l.z), type: Math.abs(l.z) > 2.5 ? 'dashed' : 'solid' },
          endLabel: { show: true, formatter: lineLabel(l.z, l.centile), color: lineColor(l.z), fontSize: 11 },
          data: xs.map((x, i) => [x, +l.values[i]!.toFixed(2)]),
        })),
        {
          name: t('chart.child'),
          type: 'line',
          data: points.map((p) => [p[0], p[1], p[2]]),
          symbol: 'circle',
          symbolSize: 8,
          lineStyle: { width: 2, color: '#f2b84b' },
          itemStyle: { color: '#e08a00', borderColor: '#fff', borderWidth: 1 },
          z: 10,
        },
      ],
    });
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [curves.data, points, byLength, t, i18n.language]);

  const name = growth.child.givenName;
  return (
    <figure className="growth-chart">
      <div
        ref={el}
        className="growth-chart-canvas"
        data-testid="growth-chart"
        data-ready={curves.data ? 'true' : 'false'}
        role="img"
        aria-label={t('chart.label', { name, indicator: t(`indicator.${indicator}`) })}
      />
      <figcaption className="muted small">
        {t(`indicator.${indicator}`)} · {kind === 'sd' ? t('chart.sd') : t('chart.centile')} · {t('chart.who')}
      </figcaption>
    </figure>
  );
}

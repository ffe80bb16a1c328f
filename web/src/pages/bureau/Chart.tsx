/**
 * A chart drawn by Apache ECharts (the standard charting library; only the bar and line charts are bundled). The
 * figure is labelled for screen readers, and every chart on the desk sits beside a table of the same numbers.
 * Clicking a bar calls `onPick` with its category's index (the drill-down).
 */
import { useEffect, useRef } from 'react';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, AriaComponent, CanvasRenderer]);

export interface Series {
  name: string;
  type: 'bar' | 'line';
  values: ReadonlyArray<number | null>;
  /** A reference line (e.g. the target of 4.5 places per 1,000 residents). */
  mark?: { value: number; label: string };
}

export function Chart({ label, categories, series, onPick, height = 280, percent = false }: { label: string; categories: readonly string[]; series: readonly Series[]; onPick?: (index: number) => void; height?: number; percent?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  const clickable = onPick !== undefined;
  useEffect(() => {
    pick.current = onPick;
  }, [onPick]);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.setOption({
      aria: { enabled: true, label: { description: label } },
      animation: false,
      grid: { left: 56, right: 24, top: series.length > 1 ? 36 : 16, bottom: 64 },
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? (percent ? `${(v * 100).toFixed(1)}%` : String(v)) : '—') },
      legend: series.length > 1 ? { top: 0 } : undefined,
      xAxis: { type: 'category', data: [...categories], axisLabel: { interval: 0, rotate: categories.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', axisLabel: percent ? { show: true, formatter: (v: number) => `${Math.round(v * 100)}%` } : { show: true } },
      series: series.map((s) => ({
        name: s.name,
        type: s.type,
        data: [...s.values],
        cursor: clickable ? 'pointer' : 'default',
        markLine: s.mark ? { symbol: 'none', data: [{ yAxis: s.mark.value, name: s.mark.label }], label: { formatter: s.mark.label, position: 'insideEndTop' } } : undefined,
      })),
    });
    chart.on('click', (p) => {
      if (typeof p.dataIndex === 'number') pick.current?.(p.dataIndex);
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [label, categories, series, percent, clickable]);
  return <div ref={ref} role="img" aria-label={label} className="desk-chart" style={{ height }} />;
}

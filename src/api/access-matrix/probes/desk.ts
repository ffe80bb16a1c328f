/**
 * Probes of the dashboard figures, their monthly snapshots, the monthly report and the guardian's copy of their child's data (issue 13): "own" is pointA /
 * county A (the director's point, the district official's county), "other" pointB / county B.
 */
import { A, B } from '../../../../test/registry-fixture.ts';
import type { Res } from '../../../../test/http.ts';
import type { ProbeModule } from '../context.ts';

let months = 0;
/** A month of its own for each snapshot probe (a month taken is kept, so every call takes a new one). */
const nextMonth = () => {
  const n = months++;
  return `${2010 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
};
const divisionsShown = (r: Res) => ({ own: r.body.rows.some((d: { id: string }) => d.id === A), other: r.body.rows.some((d: { id: string }) => d.id === B) });

export const deskProbes: ProbeModule = {
  probes: (ctx) => ({
    desk_figures: {
      read: [
        { name: 'GET /api/desk/figures?facility=', kind: 'target', ok: 200, own: (c) => c.get(`/api/desk/figures?facility=${ctx.fx.pointA}`), other: (c) => c.get(`/api/desk/figures?facility=${ctx.fx.pointB}`) },
        { name: 'GET /api/desk/figures (the city: rows by division)', kind: 'list', ok: 200, own: (c) => c.get('/api/desk/figures'), other: (c) => c.get('/api/desk/figures'), visible: divisionsShown },
      ],
    },
    desk_snapshot: {
      create: [{ name: 'POST /api/desk/snapshots', kind: 'scope', ok: 200, own: (c) => c.post('/api/desk/snapshots', { month: nextMonth() }), other: (c) => c.post('/api/desk/snapshots', { month: nextMonth() }) }],
    },
    monthly_report: {
      read: [
        { name: 'GET /api/reports/monthly?division=', kind: 'target', ok: 200, own: (c) => c.get(`/api/reports/monthly?month=2026-10&division=${A}`), other: (c) => c.get(`/api/reports/monthly?month=2026-10&division=${B}`) },
        { name: 'GET /api/reports/monthly?format=xlsx', kind: 'target', ok: 200, own: (c) => c.get(`/api/reports/monthly?month=2026-10&division=${A}&format=xlsx`), other: (c) => c.get(`/api/reports/monthly?month=2026-10&division=${B}&format=xlsx`) },
      ],
    },
  }),
};

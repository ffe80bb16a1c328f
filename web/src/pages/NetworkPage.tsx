/**
 * The 1+12+N network as a collapsible tree (municipal centre → county centres → their points), and places per
 * 1,000 residents by county against the target of the care policy in force (GET /api/policy/care).
 */
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { translateError } from '../api/issues.ts';
import type { Division, NetworkNode } from '../api/model.ts';
import { useCarePolicy } from '../api/policy.ts';
import { divisionsQuery, networkTreeQuery } from '../api/registry.ts';
import { TierBadge } from '../components/Badges.tsx';
import { useDivisions } from '../components/Banners.tsx';
import { formatFixed, formatNumber } from '../format.ts';
import { Link } from '../router.tsx';

function countNodes(n: NetworkNode): { nodes: number; capacity: number } {
  return n.children.reduce((a, c) => {
    const s = countNodes(c);
    return { nodes: a.nodes + s.nodes, capacity: a.capacity + s.capacity };
  }, { nodes: 1, capacity: n.capacity });
}

function TreeNode({ node, depth, open, toggle }: { node: NetworkNode; depth: number; open: ReadonlySet<string>; toggle: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const hasKids = node.children.length > 0;
  const expanded = open.has(node.id);
  return (
    <li role="treeitem" aria-expanded={hasKids ? expanded : undefined} aria-level={depth + 1} className={`tree-item depth-${Math.min(depth, 2)}`}>
      <div className="tree-row">
        {hasKids ? (
          <button type="button" className="tree-toggle" aria-label={`${expanded ? t('network.collapse') : t('network.expand')} ${node.name}`} onClick={() => toggle(node.id)}>
            <span aria-hidden="true" className={`chev ${expanded ? 'down' : ''}`}>
              ▸
            </span>
          </button>
        ) : (
          <span className="tree-spacer" aria-hidden="true" />
        )}
        <Link to={`/facilities/${node.id}`} className="tree-name">
          {node.name}
        </Link>
        <span className="tree-sub">
          <TierBadge tier={node.tier} short />
          <span className="tree-meta">
            {t('network.capacity', { count: node.capacity, formatted: formatNumber(node.capacity, lang) })}
            {hasKids && <> · {t('network.children', { count: node.children.length })}</>}
          </span>
        </span>
      </div>
      {hasKids && expanded && (
        <ul role="group">
          {node.children.map((c) => (
            <TreeNode key={c.id} node={c} depth={depth + 1} open={open} toggle={toggle} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Places per 1,000 residents by county, against the national target (每千人口托位数). */
function CountyFigures() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const counties = useDivisions();
  const city = useQuery(divisionsQuery('city'));
  const target = useCarePolicy()?.placesPer1000Target;
  const items = counties.data?.items ?? [];
  if (items.length === 0 || target === undefined) return null;
  const max = Math.max(target * 1.2, ...items.map((d) => d.placesPer1000 ?? 0));
  const name = (d: Division) => (lang.startsWith('zh') ? d.name : d.nameEn || d.name);
  const row = (d: Division, total = false) => {
    const v = d.placesPer1000;
    const pct = v === null ? 0 : Math.min(100, (v / max) * 100);
    return (
      <tr key={d.id} className={total ? 'total' : undefined}>
        <th scope="row">{name(d)}</th>
        <td className="num" data-label={t('network.population')}>{formatNumber(d.population, lang)}</td>
        <td className="num" data-label={t('network.children0to3')}>{formatNumber(d.children0to3, lang)}</td>
        <td className="num" data-label={t('network.facilities')}>{formatNumber(d.facilities, lang)}</td>
        <td className="num" data-label={t('network.places')}>{formatNumber(d.places, lang)}</td>
        <td data-label={t('network.per1000')}>
          <div className="per1000">
            <span className="per1000-bar" aria-hidden="true">
              <span className={v !== null && v >= target ? 'met' : ''} style={{ width: `${pct}%` }} />
              <i style={{ left: `${(target / max) * 100}%` }} />
            </span>
            <strong>{v === null ? '—' : formatFixed(v, 2, lang)}</strong>
          </div>
        </td>
      </tr>
    );
  };
  return (
    <section className="panel county-figures" aria-labelledby="county-figures-title">
      <h2 id="county-figures-title">{t('network.figures')}</h2>
      <p className="muted small">{t('network.figuresNote', { target: formatNumber(target, lang) })}</p>
      <div className="table-wrap flat">
        <table className="data-table compact">
          <thead>
            <tr>
              <th scope="col">{t('list.division')}</th>
              <th scope="col" className="num">{t('network.population')}</th>
              <th scope="col" className="num">{t('network.children0to3')}</th>
              <th scope="col" className="num">{t('network.facilities')}</th>
              <th scope="col" className="num">{t('network.places')}</th>
              <th scope="col">{t('network.per1000')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => row(d))}
            {city.data?.items[0] && row(city.data.items[0], true)}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function NetworkPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const q = useQuery(networkTreeQuery());
  const root = q.data?.root;
  const [open, setOpen] = useState<ReadonlySet<string> | null>(null);
  const effectiveOpen = open ?? new Set(root ? [root.id] : []);
  const allIds = useMemo(() => {
    const ids: string[] = [];
    const walk = (n: NetworkNode) => {
      if (n.children.length) ids.push(n.id);
      n.children.forEach(walk);
    };
    if (root) walk(root);
    return ids;
  }, [root]);
  const toggle = (id: string) =>
    setOpen(() => {
      const n = new Set(effectiveOpen);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  const totals = root ? countNodes(root) : null;

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('network.title')}</h1>
        <p className="muted">{t('network.intro')}</p>
      </div>
      {q.isPending && <p className="loading">{t('app.loading')}</p>}
      {q.isError && (
        <p className="error" role="alert">
          {translateError(q.error, t)}
        </p>
      )}
      {q.data && !root && <p className="empty">{t('network.empty')}</p>}
      {root && totals && (
        <section className="panel">
          <div className="tree-tools">
            <span className="muted">{t('network.totals', { nodes: formatNumber(totals.nodes, lang), capacity: formatNumber(totals.capacity, lang) })}</span>
            <span className="spacer" />
            <button type="button" className="btn ghost small" onClick={() => setOpen(new Set(allIds))}>
              {t('network.expandAll')}
            </button>
            <button type="button" className="btn ghost small" onClick={() => setOpen(new Set())}>
              {t('network.collapseAll')}
            </button>
          </div>
          <ul role="tree" className="tree" aria-label={t('network.title')}>
            <TreeNode node={root} depth={0} open={effectiveOpen} toggle={toggle} />
          </ul>
        </section>
      )}
      <CountyFigures />
    </div>
  );
}

/**
 * Pieces the health pages share: the capability gate, an error line translated by the server's machine codes, a
 * check's result card (measurements, WHO scores, flags) and a flag badge.
 */
import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/http.ts';
import { translateFailure } from '../../api/issues.ts';
import { Link, useRouter } from '../../router.tsx';
import type { Capabilities, Me } from './api.ts';
import { HEALTH_NS } from './i18n.ts';

/** Renders the page when the caller's capabilities allow it; otherwise a login link or a plain refusal. */
export function Gate({ me, allowed, children }: { me: UseQueryResult<Me>; allowed: (c: Capabilities) => boolean; children: ReactNode }) {
  const { t } = useTranslation(HEALTH_NS);
  const { pathname } = useRouter();
  if (me.isPending) return <div className="loading">{t('loading')}</div>;
  if (!me.data?.user) {
    return (
      <div className="page narrow">
        <p>{t('loginFirst')}</p>
        <Link className="btn primary" to={`/login?next=${encodeURIComponent(pathname)}`}>
          {t('translation:auth.login')}
        </Link>
      </div>
    );
  }
  if (!allowed(me.data.capabilities)) return <div className="page narrow"><p>{t('notForRole')}</p></div>;
  return <>{children}</>;
}

/**
 * The text for a failed call: the first field issue by its machine code (`issues.<code>` of the main namespace),
 * else the top-level code (`errorCode.<code>`, e.g. full) — web/src/api/issues.ts decides, as on every page.
 */
export function Problem({ error, className }: { error: unknown; className?: string }) {
  const { t } = useTranslation();
  return (
    <p className={className ? `form-error ${className}` : 'form-error'} role="alert">
      {translateFailure(error, t)}
    </p>
  );
}

export function FlagBadge({ flag }: { flag: { kind: Schemas['HealthFlag']['kind']; severity: Schemas['HealthFlag']['severity'] } }) {
  const { t } = useTranslation(HEALTH_NS);
  return <span className={`flag-badge sev-${flag.severity}`}>{t('flag.label', { kind: t(`flag.kind.${flag.kind}`), severity: t(`flag.severity.${flag.severity}`) })}</span>;
}

function Score({ s, label }: { s: Schemas['Score']; label: string }) {
  const { t } = useTranslation(HEALTH_NS);
  if (!s.ok) return <li className="muted">{label}：{t('check.notScored', { reason: t(`reason.${s.reason}`) })}</li>;
  return (
    <li>
      {label}：{t('check.z', { z: s.zRounded.toFixed(2), p: Math.min(99.9, Math.max(0.1, s.percentile)).toFixed(1) })}
    </li>
  );
}

/** One check: what was measured, the WHO assessment, and (for staff) the flags with their follow-up dates. */
export function CheckResult({ check, showFlags }: { check: Schemas['HealthCheck']; showFlags: boolean }) {
  const { t } = useTranslation(HEALTH_NS);
  const c = check;
  const facts: Array<[string, ReactNode]> = [];
  if (c.weightKg !== null) facts.push([t('check.weight'), c.weightKg]);
  if (c.lengthCm !== null) facts.push([t('check.length'), `${c.lengthCm}（${c.position ? t(`check.positions.${c.position}`) : ''}）`]);
  if (c.headCm !== null) facts.push([t('check.head'), c.headCm]);
  if (c.haemoglobinGL !== null) facts.push([t('check.hb'), c.haemoglobinGL]);
  if (c.hearing) facts.push([t('check.hearing'), t(`check.hearings.${c.hearing}`)]);
  if (c.vision) facts.push([t('check.vision'), t(`check.visions.${c.vision}`)]);
  if (c.oral) facts.push([t('check.oral'), t(`check.orals.${c.oral}`) + (c.cariesTeeth ? ` ×${c.cariesTeeth}` : '')]);
  if (c.development) facts.push([t('check.development'), t(`check.developments.${c.development}`)]);
  return (
    <article className="check-card" data-testid="check-result">
      <header>
        <strong>{t(`check.kind.${c.kind}`)}</strong> <span className="muted">{c.examinedOn}</span>
        {c.institution && <span className="muted small"> · {c.institution.name}</span>}
        {c.kind === 'entry' && <span className={`pill ${c.passed ? 'ok' : 'warn'}`}>{c.passed ? t('check.passed') : t('check.failed')}</span>}
      </header>
      {facts.length > 0 && (
        <dl className="facts-grid">
          {facts.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
      {showFlags && (
        <ul className="score-list small">
          {c.weightKg !== null && <Score s={c.scores.wfa} label={t('indicator.wfa')} />}
          {c.lengthCm !== null && <Score s={c.scores.lhfa} label={t('indicator.lhfa')} />}
          {c.weightKg !== null && c.lengthCm !== null && <Score s={c.scores.wflh} label={t('indicator.wflh')} />}
          {c.headCm !== null && <Score s={c.scores.hcfa} label={t('indicator.hcfa')} />}
        </ul>
      )}
      {showFlags &&
        c.implausible.map((k) => (
          <p key={k} className="warn small">
            {t('check.implausible', { indicator: t(`indicator.${k}`) })}
          </p>
        ))}
      {showFlags && c.flags.length > 0 && (
        <div className="flags" data-testid="check-flags">
          <span>{t('check.flagsRaised')}</span>
          {c.flags.map((f) => (
            <span key={f.id} className="flag-row">
              <FlagBadge flag={f} /> <span className="small muted">{t('flag.due', { date: f.dueOn })}</span>
            </span>
          ))}
        </div>
      )}
      {c.validUntil && <p className="small muted">{t('check.validUntil', { date: c.validUntil })}</p>}
      {c.conclusion && (
        <p className="conclusion">
          <span className="muted small">{t('check.conclusion')}：</span>
          {c.conclusion}
        </p>
      )}
    </article>
  );
}

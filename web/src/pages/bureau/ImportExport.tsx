/**
 * Importing and exporting the registry. An import is all rows or none: when the server refuses a file, every problem
 * is listed with its data row, its column (by the column's Chinese name) and what is wrong, translated by the issue's
 * machine code — so the official can fix the spreadsheet and import again. Exports are the same columns, ready to be
 * edited and imported back.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldIssue } from '../../api/http.ts';
import { exportFile, importContentType, importFile } from './api.ts';
import { saveBlob } from './download.ts';
import { BUREAU_NS } from './i18n.ts';
import { failureText, issueText } from './issue-text.ts';

type Result = { kind: 'ok'; created: number; updated: number } | { kind: 'refused'; status: number; issues: readonly FieldIssue[] } | { kind: 'error'; text: string };

/** Import with its row-level report, and the three exports. */
export function ImportExport() {
  const { t } = useTranslation(BUREAU_NS);
  const qc = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setResult({ kind: 'error', text: t('import.noFile') });
    const type = importContentType(file);
    if (!type) return setResult({ kind: 'error', text: t('import.badType') });
    setBusy(true);
    setResult(null);
    try {
      const r = await importFile(file, type);
      setResult({ kind: 'ok', created: r.created, updated: r.updated });
      void qc.invalidateQueries({ predicate: (q) => ['registry', 'facilities', 'facility', 'facilities.geojson', 'network'].includes(String(q.queryKey[0])) });
    } catch (ex) {
      if (ex instanceof ApiError && ex.issues.length > 0 && (ex.status === 400 || ex.status === 403)) setResult({ kind: 'refused', status: ex.status, issues: ex.issues });
      else setResult({ kind: 'error', text: failureText(ex, t) });
    } finally {
      setBusy(false);
    }
  };

  const download = async (format: 'csv' | 'xlsx' | 'geojson') => {
    setExporting(format);
    setExportError(null);
    try {
      const f = await exportFile(format);
      saveBlob(f.blob, f.name);
    } catch (ex) {
      setExportError(failureText(ex, t));
    } finally {
      setExporting(null);
    }
  };

  /** A column by its Chinese (or English) name with the code the file uses, e.g. 班级（classes）. */
  const column = (field: string) => {
    const label = t(`column.${field}`, { defaultValue: '' });
    return label && label !== field ? `${label}（${field}）` : field;
  };

  return (
    <div className="import-export">
      <section className="panel" aria-labelledby="import-title">
        <h2 id="import-title">{t('import.title')}</h2>
        <p className="muted small">{t('import.intro')}</p>
        <form className="import-form" onSubmit={submit}>
          <div className="field">
            <label className="label" htmlFor="import-file">
              {t('import.file')}
            </label>
            <input id="import-file" ref={input} type="file" accept=".csv,.xlsx,.geojson,.json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/geo+json" onChange={() => setResult(null)} />
          </div>
          <button type="submit" className="btn primary" disabled={busy}>
            {busy ? t('import.submitting') : t('import.submit')}
          </button>
        </form>
        {result?.kind === 'ok' && (
          <p className="notice ok" role="status" data-testid="import-result">
            {t('import.ok', { created: result.created, updated: result.updated })}
          </p>
        )}
        {result?.kind === 'error' && (
          <p className="notice error" role="alert" data-testid="import-result">
            {result.text}
          </p>
        )}
        {result?.kind === 'refused' && (
          <div className="import-report" data-testid="import-report">
            <p className="notice error" role="alert">
              {result.status === 403 ? t('import.forbidden', { count: result.issues.length }) : t('import.failed', { count: result.issues.length })}
            </p>
            <table className="data-table compact" aria-label={t('import.report')}>
              <caption className="muted small">{t('import.rowHint')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.row')}</th>
                  <th scope="col">{t('import.column')}</th>
                  <th scope="col">{t('import.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {result.issues.map((i, k) => (
                  <tr key={`${i.row ?? 0}-${i.field}-${k}`}>
                    <th scope="row" className="nowrap">
                      {i.row ? t('import.rowN', { row: i.row }) : t('import.fileLevel')}
                    </th>
                    <td>{column(i.field)}</td>
                    <td>{issueText(i, t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="panel" aria-labelledby="export-title">
        <h2 id="export-title">{t('import.exportTitle')}</h2>
        <p className="muted small">{t('import.exportIntro')}</p>
        <div className="button-row">
          {(['csv', 'xlsx', 'geojson'] as const).map((f) => (
            <button key={f} type="button" className="btn ghost" disabled={exporting !== null} onClick={() => void download(f)}>
              {exporting === f ? t('import.exporting') : t(f === 'csv' ? 'import.exportCsv' : f === 'xlsx' ? 'import.exportXlsx' : 'import.exportGeojson')}
            </button>
          ))}
        </div>
        {exportError && (
          <p className="notice error" role="alert">
            {exportError}
          </p>
        )}
      </section>
    </div>
  );
}

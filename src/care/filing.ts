/**
 * The filing (备案) workflow of a childcare institution with the county health bureau (《托育机构登记和备案办法（试行）》):
 * the institution submits (提交备案) → the bureau files it with a filing number (备案通过) or returns it (退回, with
 * the reason) → a filed institution's filing may be revoked (撤销, with the reason) → it may submit again. Pure: the
 * statuses, the steps and which step is possible from which status; the repository records who took each step.
 */
import { AppError } from '../shared/errors.ts';
import type { FilingStatus } from './facility.ts';

export const FILING_ACTIONS = ['submit', 'approve', 'return', 'revoke'] as const;
export type FilingAction = (typeof FILING_ACTIONS)[number];
export const FILING_ACTION_ZH: Readonly<Record<FilingAction, string>> = { submit: '提交备案', approve: '备案通过', return: '退回', revoke: '撤销备案' };

/** From which statuses each step is possible, and where it leads. */
const STEPS: Readonly<Record<FilingAction, { from: readonly FilingStatus[]; to: FilingStatus }>> = {
  submit: { from: ['unfiled', 'revoked'], to: 'pending' },
  approve: { from: ['pending'], to: 'filed' },
  return: { from: ['pending'], to: 'unfiled' },
  revoke: { from: ['filed'], to: 'revoked' },
};

/** Who may take a step: the institution itself (submit), or only the health bureau (decide). */
export function filingStepKind(action: FilingAction): 'submit' | 'decide' {
  return action === 'submit' ? 'submit' : 'decide';
}

/** The steps possible from a status. */
export function filingActionsFrom(status: FilingStatus): FilingAction[] {
  return FILING_ACTIONS.filter((a) => STEPS[a].from.includes(status));
}

export interface FilingStep {
  action: FilingAction;
  /** The filing number (approve). */
  filingNumber?: string | null;
  /** The reason (return, revoke), or a remark. */
  note?: string | null;
}

/**
 * The record after a step: the new status and filing number. A filing number is given on approval (and kept after a
 * revocation, so the history says what was revoked); return and revoke need the reason.
 * @param status - the current status
 * @param currentNumber - the current filing number
 * @param step - the step
 */
export function applyFilingStep(status: FilingStatus, currentNumber: string | null, step: FilingStep): { status: FilingStatus; filingNumber: string | null } {
  const rule = STEPS[step.action];
  if (!rule.from.includes(status)) {
    throw new AppError('conflict', `cannot ${step.action} a filing that is ${status} (possible: ${filingActionsFrom(status).join(', ') || 'none'})`, { field: 'action', code: 'filing_transition', params: { from: status, action: step.action } });
  }
  const note = step.note?.trim() ?? '';
  if ((step.action === 'return' || step.action === 'revoke') && note.length === 0) throw new AppError('invalid', `${step.action} needs the reason`, { field: 'note', code: 'filing_note_required' });
  if (step.action === 'approve') {
    const n = step.filingNumber?.trim() ?? '';
    if (!n) throw new AppError('invalid', 'a filing is approved with its filing number', { field: 'filingNumber', code: 'filing_number_required' });
    return { status: rule.to, filingNumber: n };
  }
  if (step.filingNumber !== undefined && step.filingNumber !== null) throw new AppError('invalid', 'only an approval sets the filing number', { field: 'filingNumber', code: 'unknown_field' });
  return { status: rule.to, filingNumber: step.action === 'return' ? null : currentNumber };
}

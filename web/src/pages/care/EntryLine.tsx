/** One entry of a child's day as a line of the timeline: time, what, details, corrected/withdrawn marks. */
import { useTranslation } from 'react-i18next';
import { hhmm, type Entry } from './api.ts';
import { CARE_NS } from './i18n.ts';

/** A one-character mark per kind (CJK characters render on every tablet and phone, unlike emoji fonts). */
const ICON: Record<Entry['kind'], string> = {
  check_in: '到',
  check_out: '离',
  morning_check: '晨',
  noon_check: '午',
  temperature: '温',
  meal: '餐',
  water: '水',
  nap_start: '睡',
  nap_end: '醒',
  diaper: '厕',
  activity: '玩',
  outdoor: '外',
  note: '言',
  photo: '照',
};

/** The details of an entry, in words. */
export function useEntryDetails() {
  const { t } = useTranslation(CARE_NS);
  return (e: Entry, pickupName?: (id: string) => string | undefined): string[] => {
    const out: string[] = [];
    if (e.kind === 'meal' && e.meal) out.push(`${t(`meal.${e.meal}`)}：${e.portion ? t(`portion.${e.portion}`) : ''}`);
    if (e.temperatureC !== undefined) out.push(t('entry.temperature', { t: e.temperatureC.toFixed(1), site: e.site ? t(`site.${e.site}`) : '' }));
    if (e.card) out.push(t(`cardShort.${e.card}`));
    if (e.symptoms?.length) out.push(e.symptoms.map((s) => t(`symptom.${s}`)).join('、'));
    if (e.medicine) out.push(t('entry.medicine', e.medicine));
    if (e.assessment && e.assessment.action !== 'none') out.push(t(`action.${e.assessment.action}`));
    if (e.ml) out.push(t('entry.ml', { ml: e.ml }));
    if (e.minutes) out.push(t('entry.minutes', { n: e.minutes }));
    if (e.type) out.push(t(`diaper.${e.type}`));
    if (e.kind === 'activity' && e.domain) out.push(`${t(`domain.${e.domain}`)}：${e.title ?? ''}`);
    if (e.text) out.push(e.text);
    if (e.caption) out.push(e.caption);
    if (e.droppedBy) out.push(t('entry.droppedBy', { who: pickupName?.(e.droppedBy) ?? '' }).trim());
    if (e.collectedBy) out.push(t('entry.collectedBy', { who: pickupName?.(e.collectedBy) ?? '' }).trim());
    if (e.sentHome) out.push(t('entry.sentHome'));
    return out.filter(Boolean);
  };
}

export function EntryLine({ entry, pending = false, pickupName }: { entry: Entry; pending?: boolean; pickupName?: (id: string) => string | undefined }) {
  const { t } = useTranslation(CARE_NS);
  const details = useEntryDetails()(entry, pickupName);
  const alarm = entry.assessment?.fever || entry.card === 'red' || entry.card === 'yellow';
  return (
    <li className={`entry ${entry.retracted ? 'retracted' : ''} ${alarm ? 'alarm' : ''}`} data-entry-id={entry.id} data-kind={entry.kind}>
      <span className="entry-time">{hhmm(entry.at)}</span>
      <span className="entry-icon" aria-hidden="true">
        {ICON[entry.kind]}
      </span>
      <span className="entry-body">
        <strong>{t(`kind.${entry.kind}`)}</strong>
        {details.length > 0 && <span className="entry-details"> {details.join(' · ')}</span>}
        {entry.corrected && !entry.retracted && <span className="badge tag-corrected">{t('entry.corrected')}</span>}
        {entry.retracted && <span className="badge tag-retracted">{t('entry.retracted')}</span>}
        {pending && <span className="badge tag-pending">{t('tablet.pending')}</span>}
        {entry.photoId && !entry.retracted && <img className="entry-photo" src={`/api/photos/${entry.photoId}`} alt={entry.caption ?? t('kind.photo')} loading="lazy" />}
        {entry.recordedBy && <span className="entry-by">{t('entry.by', { who: entry.recordedBy })}</span>}
      </span>
    </li>
  );
}

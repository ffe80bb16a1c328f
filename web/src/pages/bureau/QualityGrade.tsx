/** The quality grade (WS/T 821-2023 style) as a badge, and as the row of the public facility card that shows it. */
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/http.ts';
import { formatDate } from '../../format.ts';
import { BUREAU_NS } from './i18n.ts';

type Grade = Schemas['Assessment']['grade'];

/** A grade as a coloured badge: A 级 · 优秀. */
export function GradeBadge({ grade }: { grade: Grade }) {
  const { t } = useTranslation(BUREAU_NS);
  return <span className={`badge grade-badge grade-${grade}`}>{t('grade.value', { grade, word: t(`grade.word.${grade}`) })}</span>;
}

/** The card's row: the grade of the latest final assessment while it stands (nothing when there is none). */
export function QualityGradeFact({ facility }: { facility: { id: string; qualityGrade?: Schemas['Facility']['qualityGrade'] } }) {
  const { t, i18n } = useTranslation(BUREAU_NS);
  const g = facility.qualityGrade;
  if (!g) return null;
  return (
    <div>
      <dt>{t('grade.label')}</dt>
      <dd>
        <GradeBadge grade={g.grade} /> <span className="muted small">{t('grade.validUntil', { date: formatDate(g.validUntil, i18n.language) })}</span>
      </dd>
    </div>
  );
}

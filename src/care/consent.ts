/**
 * The wording a guardian agrees to before a child's record is kept (PIPL 《个人信息保护法》 Art. 28: a minor under 14's
 * information is sensitive; Art. 31: the guardian's consent; Art. 29: given separately; Art. 15: it may be
 * withdrawn). Each wording is versioned; a consent row stores the version and the time, so what was agreed can be
 * shown again exactly. A new wording is a new version, never an edit.
 */
import type { IsoDate } from './dates.ts';

export const CONSENT_PURPOSES = ['child_record'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export interface ConsentWording {
  version: string;
  purpose: ConsentPurpose;
  effectiveFrom: IsoDate;
  zh: string;
  en: string;
}

export const CHILD_RECORD_WORDING_2026: ConsentWording = Object.freeze({
  version: 'child-record-2026-01',
  purpose: 'child_record',
  effectiveFrom: '2026-01-01',
  zh:
    '我是该儿童的监护人，单独同意本平台为办理托育服务（查找托位、申请入托、预约临时托、缴费账单）处理孩子的以下个人信息：' +
    '姓名、性别、出生日期、家庭位置，以及入托后托育机构记录的出勤、健康和生长发育信息。这些信息属于未满十四周岁未成年人的敏感个人信息，' +
    '仅向孩子所在或所申请的托育机构、签约医疗机构按最小必要原则提供；每次查看均留有记录。' +
    '我可以随时查看、复制、更正这些信息，撤回同意或申请删除；依法必须保存的记录（如收费账单）将保留并告知我。',
  en:
    "I am this child's guardian and separately agree that the platform processes the child's personal information for " +
    'childcare services (finding places, applying, booking temporary care, fee statements): name, sex, date of birth, ' +
    "home location, and, once placed, the attendance, health and growth records the facility keeps. As a minor under 14's " +
    'sensitive personal information it is shared only with the facilities the child attends or applies to and their signed ' +
    'medical institution, as far as needed; every read is logged. I may see, copy and correct it, withdraw this consent or ask ' +
    'for deletion at any time; records the law requires to be kept (such as fee statements) are kept, and I am told so.',
});

/** Wordings known to the system, newest last per purpose. */
export const CONSENT_WORDINGS: readonly ConsentWording[] = [CHILD_RECORD_WORDING_2026];

/** The wording in force on a date for a purpose. */
export function currentWording(purpose: ConsentPurpose, date: IsoDate, list: readonly ConsentWording[] = CONSENT_WORDINGS): ConsentWording {
  let chosen: ConsentWording | null = null;
  for (const w of list) if (w.purpose === purpose && (chosen === null || w.effectiveFrom <= date)) chosen = w;
  return chosen!;
}

/** A wording by its version (null when unknown). */
export function wordingByVersion(version: string, list: readonly ConsentWording[] = CONSENT_WORDINGS): ConsentWording | null {
  return list.find((w) => w.version === version) ?? null;
}

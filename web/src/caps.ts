/**
 * A client copy of the national class caps (班额, 《托育机构设置标准（试行）》国卫人口发〔2019〕58号; family points
 * 《家庭托育点管理办法（试行）》2023), used only for hints next to the inputs and to localise the server's messages.
 * The server remains the authority: it checks against its versioned policy.
 */
import type { ClassBand } from './api/types.ts';

export const CLASS_CAPS: Readonly<Record<ClassBand, number>> = { infant: 10, toddler_small: 15, toddler_large: 20, mixed: 18 };
export const FAMILY_POINT_CAP = 5;

/** National target of childcare places per 1,000 residents by 2025 (reference line only; the policy is configurable). */
export const PLACES_PER_1000_TARGET = 4.5;

/**
 * Branded units for the growth engine (after excalidraw's packages/math types): a weight in kg, a length in cm, an
 * age in days, a BMI in kg/m², a z-score and a percentile are all `number` at run time but do not mix at compile
 * time — a height in metres or an age in months cannot be passed where centimetres or days are expected without
 * going through one of the named conversions below.
 *
 * The constructors only brand; they do not validate. Whether a value can be scored (positive, finite, inside the
 * WHO tables) is the scorer's decision, which answers with a reason instead of throwing (see score.ts).
 */
declare const unit: unique symbol;
/** A number carrying a compile-time unit tag. */
export type Branded<U extends string> = number & { readonly [unit]: U };

/** Body weight in kilograms. */
export type Kg = Branded<'kg'>;
/** Length, height or head circumference in centimetres. */
export type Cm = Branded<'cm'>;
/** Age in days since birth (WHO's time axis). */
export type Days = Branded<'days'>;
/** Body-mass index in kg/m². */
export type KgPerM2 = Branded<'kg/m2'>;
/** A WHO z-score (standard deviation score, SDS). */
export type Z = Branded<'z'>;
/** A percentile, 0–100 (100·Φ(z)). */
export type Percentile = Branded<'percentile'>;

/** Brands a number as kilograms. */
export const kg = (n: number): Kg => n as Kg;
/** Brands a number as centimetres. */
export const cm = (n: number): Cm => n as Cm;
/** Brands a number as days. */
export const days = (n: number): Days => n as Days;
/** Brands a number as kg/m². */
export const kgPerM2 = (n: number): KgPerM2 => n as KgPerM2;
/** Brands a number as a z-score. */
export const z = (n: number): Z => n as Z;
/** Brands a number as a percentile (0–100). */
export const percentileOf = (n: number): Percentile => n as Percentile;

/** Metres → centimetres: the one way a length in metres enters the engine. */
export const cmFromMetres = (m: number): Cm => (m * 100) as Cm;
/** Grams → kilograms. */
export const kgFromGrams = (g: number): Kg => (g / 1000) as Kg;

/** WHO's days per month (anthro: ANTHRO_DAYS_OF_MONTH = 30.4375 = 365.25 / 12). */
export const DAYS_PER_MONTH = 30.4375;
/** Age in completed-or-fractional months → days, unrounded (WHO rounds half up when it looks up a table row). */
export const daysFromMonths = (months: number): Days => (months * DAYS_PER_MONTH) as Days;
/** Age in days → fractional months (WHO's 9-month and 60-month rules compare this unrounded value). */
export const monthsFromDays = (d: Days): number => d / DAYS_PER_MONTH;

/** BMI from weight and length/height: kg / (cm/100)². */
export const bmiOf = (w: Kg, l: Cm): KgPerM2 => (w / ((l / 100) * (l / 100))) as KgPerM2;

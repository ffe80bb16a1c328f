/**
 * The live carer ratio of a class (师幼比): children present now against carers clocked in now, with the band's
 * minimum (乳儿班 1:3, 托小班 1:5, 托大班 1:7, 混合班 1:5 by default; family points 1:3) from the versioned policy. Pure.
 */
export interface RatioStatus {
  present: number;
  carers: number;
  /** Carers the children present need. */
  needed: number;
  /** Children per carer the policy allows. */
  childrenPerCarer: number;
  ok: boolean;
}

/**
 * The ratio of one class now.
 * @param present - children checked in and not yet out
 * @param carers - carers clocked in to the class
 * @param childrenPerCarer - the band's ratio (1 : n)
 */
export function ratioStatus(present: number, carers: number, childrenPerCarer: number): RatioStatus {
  const needed = present === 0 ? 0 : Math.ceil(present / childrenPerCarer);
  return { present, carers, needed, childrenPerCarer, ok: carers >= needed };
}

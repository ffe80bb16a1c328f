/**
 * Name pools for the synthetic city: family names by rough frequency in Shanxi, given-name characters, place-name
 * words. Every name the generator makes is invented; any likeness to a real person or place is chance.
 */
import type { Rng } from './rng.ts';

/** Common family names (百家姓), most frequent first; drawn with a falling weight. */
export const FAMILY_NAMES = [
  '王', '李', '张', '刘', '赵', '杨', '郭', '申', '牛', '陈', '史', '秦', '崔', '冯', '常', '段', '宋', '贾', '任', '郝',
  '孙', '马', '田', '周', '吴', '徐', '胡', '高', '武', '梁', '韩', '程', '董', '侯', '靳', '连', '暴', '桑', '魏', '苗',
  '薛', '卫', '曹', '许', '邢', '霍', '路', '原', '栗', '晋', '郜', '茹', '焦', '范', '石', '白', '裴', '曲', '平', '温',
] as const;

const GIVEN_M = ['浩', '宇', '轩', '泽', '辰', '睿', '博', '航', '铭', '晨', '俊', '一', '子', '梓', '皓', '嘉', '明', '文', '昊', '然', '锦', '钰', '奕', '霖', '阳', '磊', '恒', '安', '毅', '诚'];
const GIVEN_F = ['欣', '怡', '梓', '涵', '诗', '雨', '萱', '琪', '佳', '悦', '可', '馨', '语', '晴', '沐', '若', '思', '彤', '妍', '瑶', '依', '宁', '楠', '月', '雅', '婷', '慧', '静', '兰', '颖'];
const GIVEN_ADULT_M = ['建', '国', '志', '伟', '军', '平', '勇', '杰', '涛', '强', '斌', '鹏', '亮', '刚', '波', '峰', '超', '磊', '明', '海', '军', '晓', '宏', '立'];
const GIVEN_ADULT_F = ['红', '丽', '霞', '芳', '艳', '敏', '娟', '燕', '梅', '玲', '英', '萍', '琳', '静', '慧', '晓', '雪', '婷', '佳', '丹', '颖', '洁', '倩', '蕾'];

/** Place-name words (for communities, compounds, streets); invented combinations of common ones. */
export const PLACE_WORDS = [
  '紫金', '英雄', '府后', '城东', '北关', '南关', '西关', '太行', '长兴', '漳泽', '上党', '潞安', '德盛', '和平', '解放', '建设',
  '友谊', '光明', '幸福', '康宁', '瑞祥', '馨园', '翠苑', '金桂', '银杏', '丁香', '槐荫', '柳林', '桃园', '梨花', '杏林', '松柏',
  '东湖', '西湖', '南山', '北岭', '凤凰', '鹿鸣', '百花', '锦绣', '新华', '新民', '兴业', '永安', '福康', '安居', '乐居', '华庭',
  '晨光', '朝阳', '望岳', '泰和', '盛世', '嘉禾', '丰泽', '清河', '玉泉', '龙泉', '青羊', '鸣凤', '枣园', '石桥', '沙河', '明珠',
  '滨河', '滨江', '雅苑', '书香', '御景', '碧水', '蓝湾', '星河', '天成', '双拥', '团结', '红星', '振兴', '宏达', '益民', '惠民',
] as const;

export const COMPOUND_SUFFIXES = ['小区', '小区', '小区', '花园', '苑', '家园', '新村', '公寓', '华府', '嘉园', '雅居', '名都'] as const;

/** A family name, frequent ones more often (weight 1/(rank+4)). */
export function familyName(rng: Rng): string {
  const i = Math.min(FAMILY_NAMES.length - 1, Math.floor(FAMILY_NAMES.length * rng.next() ** 2.2));
  return FAMILY_NAMES[i]!;
}

/** A child's given name (one or two characters, mostly two), by sex. */
export function childGivenName(rng: Rng, sex: 'M' | 'F'): string {
  const pool = sex === 'M' ? GIVEN_M : GIVEN_F;
  const a = rng.pick(pool);
  if (rng.chance(0.12)) return a;
  let b = rng.pick(pool);
  while (b === a) b = rng.pick(pool);
  return a + b;
}

/** An adult's given name (one or two characters), by sex. */
export function adultGivenName(rng: Rng, sex: 'M' | 'F'): string {
  const pool = sex === 'M' ? GIVEN_ADULT_M : GIVEN_ADULT_F;
  const a = rng.pick(pool);
  if (rng.chance(0.3)) return a;
  let b = rng.pick(pool);
  while (b === a) b = rng.pick(pool);
  return a + b;
}

/**
 * A full name as people write it: family name then given name, no space.
 * @param sex - the person's sex; by default drawn (childcare staff are mostly women: pass 'F' / 'M' when known)
 */
export function adultName(rng: Rng, sex: 'M' | 'F' = rng.chance(0.5) ? 'M' : 'F'): { familyName: string; givenName: string; full: string } {
  const f = familyName(rng);
  const g = adultGivenName(rng, sex);
  return { familyName: f, givenName: g, full: f + g };
}

/**
 * Hands out unique names from a pool of words: the first use of a word gives `${word}${suffix}`, later ones add a
 * direction or an ordinal so names stay unique within their scope.
 */
export class UniqueNamer {
  readonly #used = new Set<string>();
  /**
   * @param rng - the random stream to draw words from
   * @param words - the word pool
   */
  constructor(
    private readonly rng: Rng,
    private readonly words: readonly string[] = PLACE_WORDS,
  ) {}

  /** A name `${word}${suffix}` not handed out before by this namer. */
  next(suffix: string): string {
    for (let tries = 0; tries < 8; tries++) {
      const name = this.rng.pick(this.words) + suffix;
      if (!this.#used.has(name)) return this.take(name);
    }
    const base = this.rng.pick(this.words);
    for (const q of ['东', '西', '南', '北', '中', '新']) {
      const name = `${base}${q}${suffix}`;
      if (!this.#used.has(name)) return this.take(name);
    }
    for (let n = 2; ; n++) {
      const name = `${base}${n}${suffix}`;
      if (!this.#used.has(name)) return this.take(name);
    }
  }

  /** Whether a name was handed out or reserved. */
  has(name: string): boolean {
    return this.#used.has(name);
  }

  /** Reserves a given name (e.g. one the city's report names). */
  take(name: string): string {
    this.#used.add(name);
    return name;
  }
}

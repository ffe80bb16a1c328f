/**
 * The quality assessment standard of childcare institutions (托育机构质量评估), after WS/T 821—2023《托育机构质量评估标准》
 * (National Health Commission, 2023): seven dimensions — 办托条件, 托育队伍, 保育照护, 卫生保健, 养育支持, 安全保障,
 * 机构管理 — scored out of 1000 points, with veto items (否决项) any one of which fails the assessment, and grades A–D.
 *
 * The dimensions are the standard's; the split of the 1000 points into items, the wording of the 16 veto items and
 * the grade thresholds below are this system's default rendering of it (verify against the local implementation
 * rules, 实施细则). It is a versioned policy like every other: a city publishes its own version, and each assessment
 * stores the id of the version it was scored with.
 */

/** Grades, best first: A 优秀, B 良好, C 合格, D 不合格. */
export const QUALITY_GRADES = ['A', 'B', 'C', 'D'] as const;
export type QualityGrade = (typeof QUALITY_GRADES)[number];
export const GRADE_ZH: Readonly<Record<QualityGrade, string>> = { A: '优秀', B: '良好', C: '合格', D: '不合格' };

export interface QualityItem {
  key: string;
  zh: string;
  en: string;
  /** Points the item is scored out of (whole points, 0 … maxPoints). */
  maxPoints: number;
}

export interface QualityDimension {
  key: string;
  zh: string;
  en: string;
  maxPoints: number;
  items: readonly QualityItem[];
}

export interface VetoItem {
  key: string;
  zh: string;
  en: string;
}

export interface QualityStandard {
  /** Stable identifier, stored with every assessment scored against it. */
  id: string;
  /** First day it applies (ISO yyyy-mm-dd). */
  effectiveFrom: string;
  source: string;
  totalPoints: number;
  dimensions: readonly QualityDimension[];
  /** Any one of these found → the lowest grade, whatever the points (一票否决). */
  vetoes: readonly VetoItem[];
  /** Minimum points per grade above the lowest, best first; below the last threshold is the lowest grade. */
  thresholds: ReadonlyArray<{ grade: Exclude<QualityGrade, 'D'>; minPoints: number }>;
  /** How long a final grade stands (years from the assessment date); later it is shown as due for reassessment. */
  validYears: number;
}

const dim = (key: string, zh: string, en: string, items: Array<[string, string, string, number]>): QualityDimension => ({
  key,
  zh,
  en,
  maxPoints: items.reduce((s, i) => s + i[3], 0),
  items: items.map(([k, z, e, p]) => ({ key: k, zh: z, en: e, maxPoints: p })),
});

/** WS/T 821—2023, as this system renders it by default. */
export const WS_T_821_2023: QualityStandard = Object.freeze<QualityStandard>({
  id: 'ws-t-821-2023',
  effectiveFrom: '2023-10-01',
  source: 'WS/T 821—2023《托育机构质量评估标准》：七个评估维度；条目分值、否决项表述与等级分数线为本系统默认细化（须与地方实施细则核对）',
  totalPoints: 1000,
  dimensions: [
    dim('conditions', '办托条件', 'Conditions of care', [
      ['licence', '资质与备案', 'Licence and filing', 20],
      ['space', '环境空间（生活用房、户外场地）', 'Rooms and outdoor space', 40],
      ['equipment', '设备设施', 'Equipment and fittings', 30],
      ['toys_materials', '玩具材料', 'Toys and play materials', 30],
      ['indoor_environment', '室内环境（采光、通风、空气质量）', 'Indoor environment (light, air)', 30],
    ]),
    dim('staff', '托育队伍', 'Staff', [
      ['director_qualification', '负责人资质', "Director's qualification", 25],
      ['carer_qualification', '保育人员资质', "Carers' qualifications", 35],
      ['staffing_ratio', '人员配备与保育比例', 'Staffing and carer ratios', 40],
      ['training', '职前与职后培训', 'Pre- and in-service training', 30],
      ['staff_support', '工作人员权益保障', 'Staff welfare', 20],
    ]),
    dim('care', '保育照护', 'Care and early learning', [
      ['daily_routine', '一日生活安排', 'Daily routine', 40],
      ['nutrition_feeding', '营养与喂养', 'Nutrition and feeding', 40],
      ['sleep', '睡眠', 'Sleep', 30],
      ['hygiene_habits', '生活与卫生习惯', 'Self-care and hygiene habits', 30],
      ['movement', '动作', 'Movement', 30],
      ['language', '语言', 'Language', 25],
      ['cognition', '认知', 'Cognition', 25],
      ['social_emotional', '情感与社会性', 'Emotional and social development', 30],
    ]),
    dim('health', '卫生保健', 'Health care', [
      ['daily_checks', '晨午检与全日健康观察', 'Morning and noon checks, all-day observation', 30],
      ['health_exams', '入托体检与定期健康检查', 'Entry and periodic health examinations', 25],
      ['disease_control', '传染病预防与控制', 'Prevention and control of infectious disease', 30],
      ['growth_monitoring', '生长发育监测', 'Growth and development monitoring', 25],
      ['meals_food_safety', '膳食管理与食品安全', 'Meals and food safety', 25],
      ['health_records', '卫生保健记录', 'Health records', 15],
    ]),
    dim('parenting', '养育支持', 'Support for parents', [
      ['family_communication', '家园沟通', 'Communication with families', 25],
      ['parent_guidance', '家长课堂与科学育儿指导', 'Parent classes and guidance', 30],
      ['community_support', '社区养育支持服务', 'Parenting support in the community', 25],
    ]),
    dim('safety', '安全保障', 'Safety', [
      ['safety_equipment', '安全设施（一键式报警、消防、监控）', 'Safety equipment (alarm, fire, CCTV)', 35],
      ['safety_rules', '安全制度与应急预案', 'Safety rules and emergency plans', 30],
      ['safety_education', '安全教育与应急演练', 'Safety education and drills', 25],
      ['pickup_access', '接送与出入管理', 'Drop-off, pick-up and access control', 30],
    ]),
    dim('management', '机构管理', 'Management', [
      ['governance', '组织管理与规章制度', 'Organisation and rules', 25],
      ['records_information', '档案与信息化管理', 'Records and information systems', 25],
      ['finance_fees', '财务管理与收费公示', 'Finance and published fees', 20],
      ['quality_improvement', '质量自评与持续改进', 'Self-assessment and improvement', 30],
    ]),
  ],
  vetoes: [
    { key: 'no_licence', zh: '未取得载明托育服务的营业执照或登记证书', en: 'No business licence or registration naming childcare services' },
    { key: 'not_filed', zh: '未按规定向卫生健康部门备案', en: 'Not filed with the health bureau' },
    { key: 'rooms_unsafe_floor', zh: '婴幼儿生活用房设在地下室、半地下室或四层及以上', en: "Children's rooms below ground or above the third floor" },
    { key: 'fire_safety', zh: '未通过消防安全检查或消防设施缺失', en: 'Failed fire-safety inspection or missing fire equipment' },
    { key: 'air_quality', zh: '室内空气质量检测不合格', en: 'Indoor air quality test failed' },
    { key: 'no_health_certificate', zh: '工作人员无有效健康证明上岗', en: 'Staff working without a valid health certificate' },
    { key: 'no_criminal_record_check', zh: '工作人员无无犯罪记录证明', en: 'Staff without a certificate of no criminal record' },
    { key: 'over_capacity', zh: '超过核定规模或班额收托', en: 'Children taken beyond the approved size or class caps' },
    { key: 'carer_shortage', zh: '保育人员配备严重不足', en: 'Serious shortage of carers' },
    { key: 'cctv_gap', zh: '监控未全覆盖婴幼儿活动场所或录像保存不足90天', en: 'CCTV not covering all areas or kept under 90 days' },
    { key: 'food_safety_incident', zh: '发生食品安全事故', en: 'A food-safety incident' },
    { key: 'abuse', zh: '发生虐待、体罚或伤害婴幼儿行为', en: 'Abuse, corporal punishment or harm to a child' },
    { key: 'serious_accident', zh: '发生安全责任事故造成婴幼儿重伤或死亡', en: 'An accident of responsibility causing serious injury or death' },
    { key: 'outbreak_concealed', zh: '瞒报、缓报传染病疫情', en: 'An outbreak concealed or reported late' },
    { key: 'no_entry_exam', zh: '收托未经入托体检的婴幼儿', en: 'Children admitted without the entry health examination' },
    { key: 'false_information', zh: '提供虚假材料或数据', en: 'False documents or data provided' },
  ],
  thresholds: [
    { grade: 'A', minPoints: 900 },
    { grade: 'B', minPoints: 750 },
    { grade: 'C', minPoints: 600 },
  ],
  validYears: 3,
});

/** Versions known to the system, oldest first. */
export const QUALITY_STANDARDS: readonly QualityStandard[] = Object.freeze([WS_T_821_2023]);

/**
 * The standard in force on a date (the latest effective on or before it; the oldest before any).
 * @param date - ISO yyyy-mm-dd
 * @param standards - the versions
 */
export function standardOn(date: string, standards: readonly QualityStandard[] = QUALITY_STANDARDS): QualityStandard {
  const sorted = [...standards].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  let chosen = sorted[0]!;
  for (const s of sorted) if (s.effectiveFrom <= date) chosen = s;
  return chosen;
}

/** A standard by id, or undefined. */
export function standardById(id: string, standards: readonly QualityStandard[] = QUALITY_STANDARDS): QualityStandard | undefined {
  return standards.find((s) => s.id === id);
}

/**
 * What is wrong with a standard's own numbers (a city's version is checked before use): items add up to their
 * dimension, dimensions to the total, keys are unique, thresholds fall from A to C within the total.
 * @returns one sentence per problem (empty when consistent)
 */
export function standardProblems(s: QualityStandard): string[] {
  const out: string[] = [];
  const keys = new Set<string>();
  let sum = 0;
  for (const d of s.dimensions) {
    const items = d.items.reduce((a, i) => a + i.maxPoints, 0);
    if (items !== d.maxPoints) out.push(`dimension ${d.key}: items add up to ${items}, not ${d.maxPoints}`);
    sum += d.maxPoints;
    for (const i of d.items) {
      if (!Number.isSafeInteger(i.maxPoints) || i.maxPoints <= 0) out.push(`item ${i.key}: maxPoints must be a positive whole number`);
      if (keys.has(i.key)) out.push(`item key ${i.key} is used twice`);
      keys.add(i.key);
    }
  }
  if (sum !== s.totalPoints) out.push(`dimensions add up to ${sum}, not ${s.totalPoints}`);
  const vetoKeys = new Set(s.vetoes.map((v) => v.key));
  if (vetoKeys.size !== s.vetoes.length) out.push('a veto key is used twice');
  const mins = s.thresholds.map((t) => t.minPoints);
  if (s.thresholds.map((t) => t.grade).join('') !== 'ABC') out.push('thresholds must be given for A, B and C, in that order');
  if (mins.some((m, i) => i > 0 && m >= mins[i - 1]!)) out.push('thresholds must fall from A to C');
  if (mins.some((m) => m <= 0 || m > s.totalPoints)) out.push('thresholds must lie within the total points');
  return out;
}

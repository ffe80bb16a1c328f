/**
 * The figures the demo city is built from. All APPROXIMATE and labelled so: county populations are rounded
 * estimates in proportion to the 2020 (7th) census total for 长治市 of 3,180,884 residents (the per-county split is
 * our estimate, not the census table); seat locations are approximate WGS-84 positions of the county seats; the
 * 0–3 share (2.4%) and the urban shares are planning assumptions. Nothing here is real street or household data.
 */

/** The city (prefecture level). */
export const CITY = { id: '140400', name: '长治市', nameEn: 'Changzhi', lng: 113.116, lat: 36.195 } as const;

/** 2020 census resident total for 长治市 (第七次全国人口普查, 2020-11-01). */
export const CENSUS_2020_TOTAL = 3_180_884;

/** Children aged 0–3 as a share of residents (planning assumption, ≈ 2.4%). */
export const CHILD_SHARE = 0.024;

/** The single-year age split of children 0–3 (ages 0, 1, 2 in completed years): fewer births lately. */
export const AGE_SPLIT = [0.31, 0.33, 0.36] as const;

export interface CountyFigure {
  /** Administrative code. */
  id: string;
  name: string;
  nameEn: string;
  kind: 'district' | 'county';
  /** Approximate seat location (WGS-84). */
  lng: number;
  lat: number;
  /** Approximate 2020 residents (our split of the census total). */
  population: number;
  /** Share of residents living in the seat town (the rest in villages). */
  urbanShare: number;
  /** Name of the seat town or street prefix. */
  seat: string;
  /** Street (街道) names of the seat town; rural towns (镇/乡) are listed in `towns`. */
  streets: readonly string[];
  towns: readonly string[];
}

/** The 12 county-level divisions (4 districts, 8 counties), approximate. Sums to CENSUS_2020_TOTAL. */
export const COUNTIES: readonly CountyFigure[] = [
  { id: '140403', name: '潞州区', nameEn: 'Luzhou District', kind: 'district', lng: 113.116, lat: 36.195, population: 880_884, urbanShare: 0.86, seat: '潞州',
    streets: ['东街街道', '西街街道', '英雄南路街道', '英雄中路街道', '紫金街道', '延安南路街道', '太行东街街道', '太行西街街道', '常青街道', '长北街道', '故县街道', '店上街道'],
    towns: ['老顶山镇', '堠北庄镇', '马厂镇', '黄碾镇'] },
  { id: '140404', name: '上党区', nameEn: 'Shangdang District', kind: 'district', lng: 113.052, lat: 36.052, population: 330_000, urbanShare: 0.5, seat: '韩店',
    streets: ['韩店街道', '苏店街道'], towns: ['荫城镇', '西火镇', '八义镇', '贾掌镇', '南宋镇'] },
  { id: '140405', name: '屯留区', nameEn: 'Tunliu District', kind: 'district', lng: 112.892, lat: 36.316, population: 250_000, urbanShare: 0.45, seat: '麟绛',
    streets: ['麟绛街道', '渔泽街道'], towns: ['上村镇', '余吾镇', '吾元镇', '张店镇', '丰宜镇'] },
  { id: '140406', name: '潞城区', nameEn: 'Lucheng District', kind: 'district', lng: 113.229, lat: 36.334, population: 215_000, urbanShare: 0.55, seat: '潞华',
    streets: ['潞华街道', '成家川街道'], towns: ['店上镇', '微子镇', '辛安泉镇', '合室乡'] },
  { id: '140423', name: '襄垣县', nameEn: 'Xiangyuan County', kind: 'county', lng: 113.051, lat: 36.535, population: 240_000, urbanShare: 0.45, seat: '古韩',
    streets: ['古韩镇城区'], towns: ['王桥镇', '侯堡镇', '夏店镇', '虒亭镇', '西营镇'] },
  { id: '140425', name: '平顺县', nameEn: 'Pingshun County', kind: 'county', lng: 113.436, lat: 36.2, population: 130_000, urbanShare: 0.35, seat: '青羊',
    streets: ['青羊镇城区'], towns: ['龙溪镇', '石城镇', '苗庄镇', '杏城镇'] },
  { id: '140426', name: '黎城县', nameEn: 'Licheng County', kind: 'county', lng: 113.387, lat: 36.503, population: 140_000, urbanShare: 0.4, seat: '黎侯',
    streets: ['黎侯镇城区'], towns: ['东阳关镇', '上遥镇', '西井镇', '黄崖洞镇'] },
  { id: '140427', name: '壶关县', nameEn: 'Huguan County', kind: 'county', lng: 113.207, lat: 36.115, population: 250_000, urbanShare: 0.4, seat: '龙泉',
    streets: ['龙泉镇城区'], towns: ['百尺镇', '店上镇', '晋庄镇', '树掌镇', '集店镇'] },
  { id: '140428', name: '长子县', nameEn: 'Zhangzi County', kind: 'county', lng: 112.878, lat: 36.122, population: 320_000, urbanShare: 0.42, seat: '丹朱',
    streets: ['丹朱镇城区'], towns: ['鲍店镇', '石哲镇', '大堡头镇', '慈林镇', '色头镇'] },
  { id: '140429', name: '武乡县', nameEn: 'Wuxiang County', kind: 'county', lng: 112.864, lat: 36.837, population: 150_000, urbanShare: 0.38, seat: '丰州',
    streets: ['丰州镇城区'], towns: ['洪水镇', '蟠龙镇', '监漳镇', '故城镇'] },
  { id: '140430', name: '沁县', nameEn: 'Qin County', kind: 'county', lng: 112.699, lat: 36.756, population: 130_000, urbanShare: 0.38, seat: '定昌',
    streets: ['定昌镇城区'], towns: ['郭村镇', '故县镇', '新店镇', '漳源镇'] },
  { id: '140431', name: '沁源县', nameEn: 'Qinyuan County', kind: 'county', lng: 112.338, lat: 36.5, population: 145_000, urbanShare: 0.4, seat: '沁河',
    streets: ['沁河镇城区'], towns: ['郭道镇', '灵空山镇', '王和镇', '李元镇'] },
];

/** Target places per 1,000 residents by division: 潞州区 above the city mean (≈ 3.4), other districts, counties below. */
export const PLACES_PER_1000_TARGET = { core: 4.0, district: 3.2, county: 3.0 } as const;

/** The national target for places per 1,000 residents by 2025 (for the summary's note). */
export const NATIONAL_TARGET_PER_1000 = 4.5;

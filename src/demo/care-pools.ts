/**
 * Word pools for the demo city's care days: activities by the guidance domains of 《托育机构保育指导大纲（试行）》,
 * carers' notes to parents, and dishes for the weekly menus (a northern Chinese nursery's: noodles, millet, steamed
 * buns). Invented.
 */
export const ACTIVITIES: readonly (readonly [domain: string, title: string])[] = [
  ['motor', '钻山洞爬行游戏'],
  ['motor', '串珠子'],
  ['motor', '彩虹伞'],
  ['motor', '投沙包'],
  ['language', '绘本共读《好饿的毛毛虫》'],
  ['language', '儿歌《小兔子乖乖》'],
  ['language', '认识身体部位'],
  ['cognition', '颜色分类'],
  ['cognition', '形状配对'],
  ['cognition', '认识水果'],
  ['social_emotional', '和小伙伴分享玩具'],
  ['social_emotional', '情绪小脸谱'],
  ['hygiene', '七步洗手法'],
  ['hygiene', '自己用勺吃饭练习'],
  ['nutrition', '认识蔬菜'],
  ['sleep', '午睡前听轻音乐'],
];

export const CARE_NOTES: readonly string[] = [
  '今天自己用勺子吃完了午饭，真棒！',
  '午睡醒来有点哭闹，抱一抱就好了。',
  '今天和小朋友一起搭积木，玩得很开心。',
  '学会了新儿歌，回家可以一起唱哦。',
  '今天喝水比较少，回家请多喝点水。',
  '户外活动时摔了一下，膝盖无破皮，已安抚。',
  '今天主动说“谢谢老师”。',
  '请明天带一套备用衣服。',
];

export const MENU: Readonly<Record<'breakfast' | 'lunch' | 'afternoon_snack', readonly string[]>> = {
  breakfast: ['小米粥', '南瓜小米粥', '鸡蛋羹', '牛奶', '蒸馒头', '花卷', '蔬菜鸡蛋饼', '豆浆'],
  lunch: ['番茄鸡蛋面', '胡萝卜肉末软饭', '清炒西兰花', '土豆炖牛肉', '冬瓜丸子汤', '香菇青菜', '虾仁蒸蛋', '山药排骨汤', '肉末豆腐', '西红柿炒蛋'],
  afternoon_snack: ['苹果', '香蕉', '酸奶', '小蛋糕', '蒸红薯', '梨', '南瓜饼', '牛奶'],
};

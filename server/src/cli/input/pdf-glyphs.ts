// Glyphs some PDF fonts map to radicals instead of the ideographs they look like, mapped back
// (used on every text item a PDF gives, before lines and tables are rebuilt).

/**
 * Glyphs a PDF font maps to the Kangxi radicals (U+2F00–2FDF) or the CJK radicals supplement
 * (U+2E80–2EFF) instead of the ideographs they look like: ⼈ for 人, ⺠ for 民. The first are
 * compatibility characters (NFKC gives the ideograph); the supplement's simplified forms are listed.
 */
const RADICALS: Record<string, string> = {
  '⺀': '冫', '⺁': '厂', '⺇': '几', '⺋': '㔾', '⺍': '⺍', '⺎': '兀', '⺏': '尣', '⺐': '尢', '⺑': '尣', '⺒': '巳', '⺓': '幺',
  '⺔': '彑', '⺖': '忄', '⺗': '心', '⺘': '扌', '⺙': '攵', '⺛': '旡', '⺜': '日', '⺝': '月', '⺞': '歺', '⺟': '母',
  '⺠': '民', '⺡': '氵', '⺢': '氺', '⺣': '灬', '⺤': '爫', '⺥': '爫', '⺦': '丬', '⺧': '牜', '⺨': '犭', '⺩': '王',
  '⺪': '疋', '⺫': '罒', '⺬': '示', '⺭': '礻', '⺮': '竹', '⺯': '糹', '⺰': '纟', '⺱': '罓', '⺲': '罒', '⺳': '网',
  '⺴': '罒', '⺵': '罒', '⺶': '羊', '⺷': '羊', '⺸': '羊', '⺹': '耂', '⺺': '聿', '⺻': '肀', '⺼': '月', '⺽': '臼',
  '⺾': '艹', '⺿': '艹', '⻀': '艹', '⻁': '虎', '⻂': '衤', '⻃': '覀', '⻄': '西', '⻅': '见', '⻆': '角', '⻇': '角',
  '⻈': '讠', '⻉': '贝', '⻊': '足', '⻋': '车', '⻌': '辶', '⻍': '辶', '⻎': '辶', '⻏': '阝', '⻐': '钅', '⻑': '長',
  '⻒': '镸', '⻓': '长', '⻔': '门', '⻕': '阝', '⻖': '阝', '⻗': '雨', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风',
  '⻜': '飞', '⻝': '食', '⻞': '飠', '⻟': '食', '⻠': '饣', '⻡': '首', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼',
  '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻫': '齐', '⻬': '齐', '⻭': '齿', '⻮': '齿', '⻯': '龙',
  '⻰': '龙', '⻱': '龜', '⻲': '亀', '⻳': '龟',
};

/** Kangxi radicals whose compatibility ideograph is the traditional form of a simplified one. */
const KANGXI_SIMPLIFIED: Record<string, string> = { '⼾': '户', '⾭': '青', '⿈': '黄', '⾣': '酉' };

/** Radical look-alikes to the ideographs; nothing else changes (full-width punctuation stays). */
export function normalizeGlyphs(s: string): string {
  if (!/[\u2e80-\u2fdf]/.test(s)) return s;
  return s.replace(/[\u2e80-\u2fdf]/g, (c) => RADICALS[c] ?? KANGXI_SIMPLIFIED[c] ?? (c >= '\u2f00' ? c.normalize('NFKC') : c));
}

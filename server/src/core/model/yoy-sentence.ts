// A year-on-year change stated with both years' figures in one sentence: `收到申请120件，
// 较上年100件增长20%`, `办理建议35件，比去年的40件减少5件`. The phrasing read is exactly
// "N 单位 [，] 较/比/同比 上年|去年|上一年度|2022年 [同期] [的] M 单位 [，] 增长|增加|上升|提高|
// 下降|减少|降低 [了] [-]X %|单位" (M may stand in brackets: 比2022年(31起)下降29%), N and M of one unit, neither rounded nor with decimals; anything
// else (分别, a figure in brackets, 由…增至…) is not read. A percentage is judged as text-rate
// judges a rate: rounding or truncation to the digits written (one unit of its last digit).
import type { Analysis } from '../engine/lint';
import { Count, prose } from './sentences';
import { honestPercent } from './rounding';

export interface InSentenceChange {
  /** Original span of the stated change (X%). */
  start: number;
  end: number;
  now: number;
  before: number;
  unit: string;
  said: string;
  saidEn: string;
  actual: string;
  actualEn: string;
}

const BETWEEN_NOW_AND_BEFORE = /^,?(?:同比|较|比|与)(?:上年|去年|上一年|上年度|上一年度|上个年度|\d{4}年度?)(?:同期)?(?:相比)?(?:的|为)?\(?$/;
const BEFORE_CHANGE = /^\)?,?(?:相比|同比)?,?(增长|增加|上升|提高|下降|减少|降低)了?([-−])?$/;
const UP = new Set(['增长', '增加', '上升', '提高']);

export function inSentenceChanges(a: Analysis): InSentenceChange[] {
  const { text, sentences } = prose(a);
  const out: InSentenceChange[] = [];
  for (const s of sentences) {
    if (s.counts.length < 3 || !/较|比/.test(s.text) || /分别/.test(s.text)) continue;
    const cs = s.counts;
    for (let i = 0; i + 2 < cs.length; i++) {
      const [n, m, x] = [cs[i], cs[i + 1], cs[i + 2]];
      if (n.unit === '%' || n.unit !== m.unit || !plain(n) || !plain(m)) continue;
      if (!BETWEEN_NOW_AND_BEFORE.test(text.slice(n.ne, m.ns))) continue;
      const verb = BEFORE_CHANGE.exec(text.slice(m.ne, x.ns));
      if (!verb || x.approx || (x.unit !== '%' && x.unit !== n.unit)) continue;
      // 增长-5% is a fall of 5%, 下降-3件 a rise of 3: a signed figure after the verb reverses it.
      const up = UP.has(verb[1]) !== !!verb[2];
      const diff = n.value - m.value;
      let ok: boolean;
      let actual: string;
      let actualEn: string;
      if (x.unit === '%') {
        if (m.value <= 0) continue;
        const pct = (diff / m.value) * 100;
        ok = (up ? pct >= 0 : pct <= 0) && honestPercent(Math.abs(pct), x.value, x.decimals);
        const shown = Math.abs(pct).toFixed(Math.max(1, x.decimals));
        actual = `${pct >= 0 ? '增长' : '下降'} ${shown}%`;
        actualEn = `${pct >= 0 ? 'up' : 'down'} ${shown}%`;
      } else {
        if (x.decimals) continue;
        ok = (up ? diff : -diff) === x.value;
        actual = `${diff >= 0 ? '增加' : '减少'} ${Math.abs(diff)}${n.unit}`;
        actualEn = `${diff >= 0 ? 'up' : 'down'} ${Math.abs(diff)}`;
      }
      if (ok) continue;
      const said = `${verb[1]} ${verb[2] ? '-' : ''}${x.value}${x.unit}`;
      out.push({ start: x.start, end: x.end, now: n.value, before: m.value, unit: n.unit, said,
        saidEn: `${up ? 'up' : 'down'} ${x.value}${x.unit === '%' ? '%' : ''}`, actual, actualEn });
    }
  }
  return out;
}

function plain(c: Count): boolean {
  return !c.approx && !c.decimals;
}

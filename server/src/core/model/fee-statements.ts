// 信息处理费 stated in the prose (收取信息处理费2230元, 收取了信息处理费0.2万元) against table 二's
// 行政事业性收费 row (2021 format: 本年收费金额, in 万元). The information processing fee is itself an
// administrative fee (中央设立的行政事业性收费项目, as provincial finance notices such as 皖财综〔2021〕28号
// put it), so the table's amount cannot be below it; the table may be above it (other fees). Only the
// issuer's own figure is read: a sentence naming the fee, a verb of charging and exactly one amount in
// 元 or 万元, without sub-units (市公安局…, 各部门, 全市), comparisons or other years. A table figure equal
// to the yuan figure is read as yuan written into the 万元 column.
import type { Analysis } from '../engine/lint';
import type { Cell } from '../parse/tables';
import { Count, prose } from './sentences';
import { ORG, SELF } from './table-statements';

export interface FeeStatement { count: Count; yuan: number }

const FEE = /信息处理费/;
const CHARGED = /收取|收缴|收费|缴纳|缴费/;
const NOT_OWN = /全(市|区|县|省|州|盟|旗|镇|乡)|各级|各部门|各单位|各地|系统|下属|所属|直属|其中|分别|同比|上年|去年|上一年|累计|以来|平均|每件|标准|超过|以上|以下|元\/件/;

/** The issuer's statements of the 信息处理费 it collected, in yuan. */
export function feeStatements(a: Analysis): FeeStatement[] {
  const { text, sentences } = prose(a);
  const out: FeeStatement[] = [];
  const year = a.doc.year;
  for (const s of sentences) {
    if (!FEE.test(s.text) || !CHARGED.test(s.text) || NOT_OWN.test(s.text)) continue;
    if ([...s.text.matchAll(/((?:19|20)\d{2})年/g)].some((m) => Number(m[1]) !== year)) continue;
    const money = s.counts.filter((c) => c.unit === '元' || c.unit === '万元');
    if (money.length !== 1 || money[0].approx) continue;
    const count = money[0];
    let subject = text.slice(s.ns, count.ns).replace(SELF, '');
    if (a.doc.issuer) subject = subject.split(a.doc.issuer).join('');
    // 信息处理费管理办法 names no organisation; 市公安局…收取 does.
    if (ORG.test(subject.replace(/《[^》]*》|信息处理费管理办法/g, ''))) continue;
    out.push({ count, yuan: count.unit === '万元' ? count.value * 10000 : count.value });
  }
  return out;
}

/** A table 二 amount cell in 万元 (a figure, or an amount written with its unit). */
export function wanOf(c: Cell | undefined): number | null {
  if (!c) return null;
  const v = c.value;
  if (v.type === 'int' || v.type === 'decimal') return v.value;
  if (v.type === 'amount') return v.unit === '万元' ? v.value : v.unit === '元' ? v.value / 10000 : null;
  return null;
}

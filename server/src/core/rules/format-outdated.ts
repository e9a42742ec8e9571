// A statutory table in the format of another report year: the 2019 table 二 (本年新制作数量,
// 第二十条第（九）项 …) or the single 2019 （六）其他处理 row in a 2021+ report; 2021 labels
// (本年制发件数, 本年收费金额, 逾期不补正 …) in a 2019/2020 report. 国办公开办函〔2019〕60号
// (report years 2019–2020) and 〔2021〕30号 (from report year 2021).
import type { Rule } from './rule';
import { renderTable } from '../features/table-skeleton';
import { eol, preferredLayout } from '../engine/draft-style';
import { isEditableLayout } from '../parse/tables';
import { bareKey, otherFormat, outdatedTables, specLabels } from '../model/structure';
import type { Analysis } from '../engine/lint';
import type { FormatSpec } from '../formats/types';
import { labelKey } from '../text/normalize';

const PART: Record<string, string> = { active: '二', applications: '三', review: '四' };

export const formatOutdated: Rule = {
  id: 'format-outdated',
  formats: { family: 'gov-info', since: 2019 },
  defaultSeverity: 'error',
  title: { zh: '使用了其他年份的表格格式', en: 'Table in another year\'s format' },
  description: {
    zh: '2019、2020 年度的报告使用 2019 年格式（国办公开办函〔2019〕60号），2021 年度起使用 2021 年格式（国办公开办函〔2021〕30号）。两者第二部分表格的栏目不同（本年新制作数量/本年新公开数量/对外公开总数量、第二十条第（九）项政府集中采购，对应本年制发件数/本年废止件数/现行有效件数、本年收费金额），第三部分表格“（六）其他处理”在 2021 年格式中分为三个子项。'
      + '表格用了另一年份格式的栏目时，每张表在第一个这样的栏目处提示一次。按阅读顺序从 PDF 提取、数字无法对应到行的表格，按其行标签判断（如 2021 年度起的报告只有单独一行“（六）其他处理”、没有其子项）；每格一行、没有表头行的表格，按单独成行的栏目名判断（如“本年新制作数量”）；整页粘成一行、表格未能读出时，按行内以空格或竖线隔开的栏目名和行标签判断。'
      + '错误示例：2022 年度报告第二部分仍有“本年新制作数量”“第二十条第（九）项”；2020 年度报告第三部分出现“申请人无正当理由逾期不补正”。正确示例：按报告年度所适用格式的栏目填写。'
      + '快速修复在旧表之后插入本年度格式的空表（表格样式与原稿一致），不删除原表中的任何数字；请把数字移入新表后再删除旧表。',
    en: 'Reports for 2019 and 2020 use the 2019 format (国办公开办函〔2019〕60号); reports from 2021 use the 2021 format (〔2021〕30号). Their table 2 columns differ (本年新制作数量 … 政府集中采购 vs 本年制发件数 … 本年收费金额), and 2021 splits row （六）其他处理 of table 3 into three sub-rows. '
      + 'A table that uses labels of the other format is reported once, at the first such label. A table whose figures cannot be placed (PDF text in reading order) is judged by its row labels (a 2021+ report with the single row （六）其他处理 and none of its sub-rows); a table copied one cell per line, with no header row, by its column names on lines of their own (本年新制作数量); a page pasted on one line whose table is not read, by the column names and row labels set apart by spaces or pipes inside the line. '
      + 'Wrong: a 2022 report with 本年新制作数量 and 第二十条第（九）项; a 2020 report with 申请人无正当理由逾期不补正. Right: the labels of the format for the report year. '
      + 'The quick-fix inserts the empty table of the right format after the old one, in the draft\'s table layout, and never deletes the author\'s figures: move them over, then delete the old table.',
  },
  basis: '政府信息公开工作年度报告格式（试行）（国办公开办函〔2019〕60号）；政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）',
  check(ctx) {
    const a = ctx.analysis;
    const other = otherFormat(a);
    if (!a.format || !other) return;
    const nl = eol(a);
    const year = a.doc.year;
    for (const [id, o] of outdatedTables(a)) {
      const t = o.table;
      if (o.wordingOnly && o.ownLabel) {
        const part = PART[id] ? `第${PART[id]}部分` : '';
        ctx.report({
          start: o.at.start,
          end: o.at.end,
          severity: 'warning',
          message: `${part}表格中的“${o.at.label}”是${otherName(other)}的写法：${year ? `${year}年度报告` : '本报告'}应使用${ownName(a.format)}的“${o.ownLabel}”`,
          messageEn: `Table${PART[id] ? ` ${'一二三四'.indexOf(PART[id]) + 1}` : ''}: “${o.at.label}” is the ${other.id} wording; this report's ${a.format.id} format says “${o.ownLabel}”`,
          // Only a cell that holds the label and nothing else is rewritten (a note beside it stays the author's).
          fix: a.doc.text.slice(o.at.start, o.at.end) === o.at.label
            ? { title: `改为“${o.ownLabel}”`, edits: [{ start: o.at.start, end: o.at.end, newText: o.ownLabel }], safe: false } : undefined,
        });
        continue;
      }
      const table = renderTable(a.format.tables[id], isEditableLayout(t.layout) ? t.layout : preferredLayout(a)).replace(/\n/g, nl);
      // After the old table's last line; a blank line on both sides keeps the tables apart.
      const lineEnd = a.doc.lines.lineEnd(a.doc.lines.lineAt(t.end));
      // (Only the start of what follows is read: a draft of many reports may hold many old tables.)
      const next = a.doc.text.slice(lineEnd, lineEnd + 4096).replace(/^\r?\n/, '');
      const trailing = next !== '' && !/^[ \t]*\r?\n/.test(next) ? nl : '';
      const part = PART[id] ? `第${PART[id]}部分` : '';
      // 政府信息公开工作年度报告（2021 年格式，…） → 2021年格式
      const own = a.format.name.zh.replace(/^.*（(.*?)，.*$/, '$1').replace(/\s+/g, '');
      const their = other.name.zh.replace(/^.*（(.*?)，.*$/, '$1').replace(/\s+/g, '');
      ctx.report({
        start: o.at.start,
        end: o.at.end,
        message: `${part}表格使用了${their}的栏目“${o.at.label}”：${year ? `${year}年度报告` : '本报告'}应使用${own}`,
        messageEn: `Table${PART[id] ? ` ${'一二三四'.indexOf(PART[id]) + 1}` : ''} uses “${o.at.label}” of the ${other.id} format; this report needs the ${a.format.id} format`,
        fix: { title: `在原表之后插入${own}的空表`, edits: [{ start: lineEnd, end: lineEnd, newText: nl + nl + table + trailing }], safe: false },
      });
    }
    // A table not read at all (its labels alone, the figures lost) still shows which format it
    // follows: a line that is a distinguishing label of the other format.
    const own = a.format.name.zh.replace(/^.*（(.*?)，.*$/, '$1').replace(/\s+/g, '');
    const their = other.name.zh.replace(/^.*（(.*?)，.*$/, '$1').replace(/\s+/g, '');
    const unplaced = [...unplacedOutdated(a, other)];
    for (const f of flatGroupOutdated(a, other)) if (!unplaced.some((y) => y.id === f.id)) unplaced.push(f);
    for (const u of [...unreadOutdated(a, other).filter((x) => !unplaced.some((y) => y.id === x.id)), ...unplaced]) {
      const part = PART[u.id] ? `第${PART[u.id]}部分` : '';
      ctx.report({
        start: u.start,
        end: u.end,
        message: `${part}表格使用了${their}的栏目“${u.label}”：${year ? `${year}年度报告` : '本报告'}应使用${own}`,
        messageEn: `Table${PART[u.id] ? ` ${'一二三四'.indexOf(PART[u.id]) + 1}` : ''} uses “${u.label}” of the ${other.id} format; this report needs the ${a.format.id} format`,
      });
    }
  },
};

/** 政府信息公开工作年度报告（2021 年格式，…） → 2021年格式 */
function ownName(f: FormatSpec): string {
  return f.name.zh.replace(/^.*（(.*?)，.*$/, '$1').replace(/\s+/g, '');
}
const otherName = ownName;

/** Most lines of a part read for such labels (a draft can be long). */
const MAX_SCAN = 400;

/**
 * Statutory tables not read (no figures to place) whose part has a line that is a label only
 * the other format prints (本年新制作数量, 第二十条第（九）项 in a 2022 report): the first such
 * line per table.
 */
function unreadOutdated(a: Analysis, other: FormatSpec): { id: string; start: number; end: number; label: string }[] {
  const out: { id: string; start: number; end: number; label: string }[] = [];
  if (!a.format || !a.report) return out;
  const lines = a.doc.lines;
  for (const spec of a.format.sections) {
    const id = spec.table;
    // (A table read from one cell a line in reading order, column-block, keeps no header row: its header
    // words are looked for on their lines as an unread table's are, unless its rows already tell.)
    const read = id ? a.report.tables.get(id) : undefined;
    // (Nor does one found but not read: its lines are looked at the same way; unplacedOutdated's reading of it goes first.)
    if (!id || (read && (read.layout !== 'column-block' || outdatedTables(a).has(id)))) continue;
    const mine = a.format.tables[id];
    const theirs = other.tables[id];
    if (!mine || !theirs) continue;
    const ownKeys = specLabels(mine).map(labelKey);
    const theirKeys = specLabels(theirs).map(labelKey);
    const labels = other.detect.labels.map((l) => ({ label: l, key: labelKey(l) }))
      .filter((l) => l.key.length >= 4 && theirKeys.some((k) => k.includes(l.key)) && !ownKeys.some((k) => l.key.includes(k) || k.includes(l.key)));
    if (!labels.length) continue;
    for (const s of a.report.sections.get(spec.id)?.sections ?? []) {
      const first = lines.lineAt(s.bodyStart);
      const last = lines.lineAt(Math.max(s.bodyStart, s.end - 1));
      let hit: { start: number; end: number; label: string } | null = null;
      for (let l = first; l <= last && l - first < MAX_SCAN && !hit; l++) {
        const raw = lines.lineText(l);
        const t = raw.trim();
        if (!t || t.length > 60) continue;
        // The whole line is the label (a cell of its own), not a sentence naming it; or one cell of a header row
        // whose table the text cuts off before any figure (信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总).
        const cells = /[|\t｜]/.test(t) ? t.split(/[|\t｜]/).map((c) => c.trim()).filter(Boolean) : [t];
        for (const c of cells) {
          const k = labelKey(c);
          const x = labels.find((y) => k === y.key || (k.startsWith(y.key) && k.length <= y.key.length + 6));
          if (!x) continue;
          const at = raw.indexOf(c);
          hit = { start: lines.lineStarts[l] + at, end: lines.lineStarts[l] + at + c.length, label: x.label };
          break;
        }
      }
      // A part pasted on one long line (a page flattened, cells set apart by spaces or pipes): the label as a
      // cell of its own inside the line (… 信息内容 本年新制作数量 本年新 公开数量 …, | 对外公开总数量 |).
      if (!hit && last === first && (a.doc.view?.kind === 'flat' || lines.lineText(first).length > LONG_LINE)) hit = cellInLine(lines.text, s.bodyStart, s.end, labels);
      if (hit) { out.push({ id, ...hit }); break; }
    }
  }
  return out;
}

/**
 * A report pasted on one line whose table is not read (or only in part): the other format's single row
 * where ours has a group (the 2019 （六）其他处理 in a 2021+ report) stands inside the part's text, none of its
 * sub-rows' labels does, the table has its 总计 and the next part follows (not cut): as unplacedOutdated reads
 * the cells of a table in reading order.
 */
function flatGroupOutdated(a: Analysis, other: FormatSpec): { id: string; start: number; end: number; label: string }[] {
  const out: { id: string; start: number; end: number; label: string }[] = [];
  if (!a.format || !a.report) return out;
  const lines = a.doc.lines;
  for (const spec of a.format.sections) {
    const id = spec.table;
    const mine = id ? a.format.tables[id] : undefined;
    const theirs = id ? other.tables[id] : undefined;
    const read = id ? a.report.tables.get(id) : undefined;
    if (!id || mine?.kind !== 'grid' || theirs?.kind !== 'grid' || (read && !read.partial) || outdatedTables(a).has(id)) continue;
    for (const s of a.report.sections.get(spec.id)?.sections ?? []) {
      const first = lines.lineAt(s.bodyStart);
      if (lines.lineAt(Math.max(s.bodyStart, s.end - 1)) !== first || !(a.doc.view?.kind === 'flat' || lines.lineText(first).length > LONG_LINE)) continue;
      const body = lines.text.slice(s.bodyStart, Math.min(s.end, s.bodyStart + 20_000));
      for (const g of mine.rows.filter((x) => x.group)) {
        const their = theirs.rows.find((x) => x.id === g.id && !x.group);
        const kids = mine.rows.filter((x) => x.parent === g.id).map((x) => bareKey(x.label)).filter((k) => k.length >= 6);
        if (!their || !kids.length) continue;
        const m = labelPattern(g.label).exec(body);
        if (!m) continue;
        // (In reading order the total may stand before the group: the part must only run on to the next one.)
        const all = labelKey(body);
        const total = mine.rows.find((x) => x.parent === g.parent && x.id !== g.id && /总计/.test(x.label));
        if (!total || !all.includes(bareKey(total.label)) || s.end >= lines.text.trimEnd().length || kids.some((k) => all.includes(k.slice(0, 4)))) continue;
        out.push({ id, start: s.bodyStart + m.index, end: s.bodyStart + m.index + m[0].length, label: their.label });
        break;
      }
      if (out.some((x) => x.id === id)) break;
    }
  }
  return out;
}

/** A row label as written in a line: brackets of either width, spaces between its characters. */
function labelPattern(label: string): RegExp {
  const parts = Array.from(label.replace(/\s+/g, '')).map((c) => (/[（(]/.test(c) ? '[（(]' : /[）)]/.test(c) ? '[）)]' : c.replace(/[.*+?^${}|[\]\\]/g, '\\$&')));
  return new RegExp(`(?<![\\u3400-\\u9fff])${parts.join('\\s*')}(?![\\u3400-\\u9fff])`);
}

/** A line this long is a page or a part pasted on one line. */
const LONG_LINE = 400;

/** The first of `labels` standing as a cell of its own in text[from, to): set apart by white space or pipes. */
function cellInLine(text: string, from: number, to: number, labels: { label: string; key: string }[]): { start: number; end: number; label: string } | null {
  const body = text.slice(from, Math.min(to, from + 20_000));
  let best: { start: number; end: number; label: string } | null = null;
  for (const l of labels) {
    // (The key is the label without its brackets and spaces: 第二十条第（九）项 → 第二十条第九项; the text is matched as written.)
    const at = cellIndex(body, l.label);
    if (at >= 0 && (!best || from + at < best.start)) best = { start: from + at, end: from + at + l.label.length, label: l.label };
  }
  return best;
}

function cellIndex(body: string, label: string): number {
  for (let i = body.indexOf(label); i >= 0; i = body.indexOf(label, i + 1)) {
    const before = i === 0 ? ' ' : body[i - 1];
    const after = i + label.length >= body.length ? ' ' : body[i + label.length];
    if (/[\s|│\u3000]/.test(before) && /[\s|│\u3000]/.test(after)) return i;
  }
  return -1;
}

/**
 * Tables whose figures could not be placed, or only in part (PDF text in reading order, one cell a line), whose labels
 * show the other format's single row where ours has a group with sub-rows (the 2019 （六）其他处理 in a
 * 2021+ report): the group's label stands and none of its sub-rows' labels does, in a table that
 * the text does not cut off.
 */
function unplacedOutdated(a: Analysis, other: FormatSpec): { id: string; start: number; end: number; label: string }[] {
  const out: { id: string; start: number; end: number; label: string }[] = [];
  // (A table read in part, column-block-partial.ts, judged the same way unless its rows read already tell.)
  const partial = [...a.report?.tables.values() ?? []].filter((t) => t.partial && !outdatedTables(a).has(t.id));
  for (const t of [...a.report?.unreadable ?? [], ...partial]) {
    const theirs = other.tables[t.id];
    if (t.layout !== 'column-block' || t.spec.kind !== 'grid' || theirs?.kind !== 'grid' || t.blocks[t.blocks.length - 1].cut) continue;
    const cells = t.blocks.flatMap((b) => b.rows.flatMap((r) => r.cells)).filter((c) => /[\u3400-\u9fff]/.test(c.text));
    const keys = cells.map((c) => bareKey(c.text));
    for (const g of t.spec.rows.filter((x) => x.group)) {
      const their = theirs.rows.find((x) => x.id === g.id && !x.group);
      // Sub-rows long enough to tell (3.其他 is also a column header's word).
      const kids = t.spec.rows.filter((x) => x.parent === g.id).map((x) => bareKey(x.label)).filter((k) => k.length >= 6);
      if (!their || !kids.length) continue;
      const at = keys.indexOf(bareKey(g.label));
      if (at < 0 || keys.some((k) => k.length >= 4 && kids.some((kid) => kid.startsWith(k) || k.startsWith(kid)))) continue;
      const c = cells[at];
      const lead = c.text.length - c.text.trimStart().length;
      out.push({ id: t.id, start: c.start + lead, end: c.start + lead + c.text.trim().length, label: their.label });
      break;
    }
  }
  return out;
}

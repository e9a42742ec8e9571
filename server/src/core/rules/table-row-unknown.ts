// A row with figures whose label matches no statutory row of its table. The rows of tables 二
// and 三 are fixed by the national format (国办公开办函〔2019〕60号、〔2021〕30号); a figure under
// an unknown label is counted nowhere.
import type { Rule } from './rule';
import type { StatTable, TableRow } from '../parse/interpret-table';
import { labelKey, lcs } from '../text/normalize';
import { coverage } from '../text/normalize';
import { bareKey, statutoryLabel, unknownRows } from '../model/structure';
import { isCutRemnant } from '../model/text-cut';

const PART: Record<string, string> = { active: '二', applications: '三' };

interface Candidate { id: string; label: string }

/**
 * The label of a row as written, for the message: its non-blank label cells (blank leading cells of
 * a merged group column and the pipes between them are not quoted), and their range.
 */
function labelOf(text: string, r: TableRow): { label: string; start: number; end: number } {
  const cells = r.raw.cells.filter((c) => c.text.trim() && c.start >= r.labelStart && c.end <= r.labelEnd);
  if (!cells.length) return { label: text.slice(r.labelStart, r.labelEnd), start: r.labelStart, end: r.labelEnd };
  return { label: cells.map((c) => c.text.trim()).join(' '), start: cells[0].start, end: cells[cells.length - 1].end };
}

/** Statutory rows that take figures (for block tables: of the row's own block when known). */
function candidates(t: StatTable, r: TableRow): Candidate[] {
  const spec = t.spec;
  if (spec.kind === 'grid') return spec.rows.filter((x) => !x.group).map((x) => ({ id: x.id, label: x.label }));
  if (spec.kind !== 'blocks') return [];
  const blocks = r.blockId ? spec.blocks.filter((b) => b.id === r.blockId) : spec.blocks;
  return blocks.flatMap((b) => b.rows.map((x) => ({ id: x.id, label: x.label })));
}

function similarity(a: string, b: string): number {
  return a && b ? (2 * lcs(a, b)) / (a.length + b.length) : 0;
}

/**
 * The statutory label the row most likely means: among the rows absent from the table, the
 * most similar one, when it is clearly ahead of the runner-up. Thresholds: at least half the
 * characters shared (Dice ≥ 0.5) and 0.15 ahead of the next candidate.
 */
export function closestLabel(t: StatTable, r: TableRow): Candidate | null {
  const present = presentIds(t);
  const key = bareKey(r.label);
  const scored = candidates(t, r).filter((c) => !present.has(c.id))
    .map((c) => ({ c, s: similarity(key, bareKey(c.label)) }))
    .sort((x, y) => y.s - x.s);
  if (!scored.length || scored[0].s < 0.5 || (scored[1] && scored[0].s - scored[1].s < 0.15)) return null;
  return scored[0].c;
}

const presentOf = new WeakMap<readonly TableRow[], Set<string | null>>();

/** The row ids a table has, once per table (a large draft's table has thousands of rows to look up). */
function presentIds(t: StatTable): Set<string | null> {
  let present = presentOf.get(t.rows);
  if (!present) presentOf.set(t.rows, (present = new Set(t.rows.filter((x) => x.rowId).map((x) => x.rowId))));
  return present;
}

/**
 * A label that keeps the start and the end of its statutory label but lost a fifth or more of
 * it inside (not an abbreviation that drops a leading or trailing word, not a variant wording).
 */
function isGarbled(label: string, want: string, groups: readonly string[] = []): boolean {
  const full = bareKey(want);
  const got = withoutGroups(bareKey(label), full.length, groups);
  if (got.length < 4 || full.includes(got) || got.includes(full)) return false;
  return got[0] === full[0] && got[got.length - 1] === full[full.length - 1]
    && coverage(full, got) === 1 && coverage(got, full) < 0.8;
}

/**
 * A label of the statutory row's length with one character changed (（一）予以公升 for （一）予以公开,
 * 1.本机关不掌握相关政府信熄): a typo the row matching tolerates. The character is returned with the one
 * the statutory label has there. Read on the whole label, or on its last cell (a group label merged before it).
 */
function misspelt(labels: string[], want: string, groups: readonly string[]): { got: string; want: string } | null {
  const full = bareKey(want);
  if (full.length < 3) return null;
  for (const label of labels) {
    const got = withoutGroups(bareKey(label), full.length, groups);
    if (got.length !== full.length) continue;
    let at = -1;
    for (let i = 0; i < got.length; i++) {
      if (got[i] === full[i]) continue;
      if (at >= 0) { at = -2; break; }
      at = i;
    }
    if (at >= 0 && /[\u3400-\u9fff]/.test(got[at]) && /[\u3400-\u9fff]/.test(full[at])) return { got: got[at], want: full[at] };
  }
  return null;
}

/**
 * A bare label without the group labels a rowspan cell (or a one-line copy) merged before it
 * (三、本年度办理结果（一）予以公开, 三、本年度办理结果2.其他法律…), and the numbering after each, while
 * it is longer than `length`.
 */
function withoutGroups(got: string, length: number, groups: readonly string[]): string {
  for (let g = groups.find((x) => got.length > length && got.startsWith(x)); g; g = groups.find((x) => got.length > length && got.startsWith(x))) {
    got = got.slice(g.length).replace(/^[一二三四五六七八九十\d]+/, '');
  }
  return got;
}

const groupKeysOf = new WeakMap<object, string[]>();
/** The bare labels of a grid table's group rows (本年度办理结果, 无法提供 …), once per format table. */
function groupKeys(spec: StatTable['spec']): string[] {
  let k = groupKeysOf.get(spec);
  if (!k) groupKeysOf.set(spec, (k = spec.kind === 'grid' ? spec.rows.filter((r) => r.group).map((r) => bareKey(r.label)).filter((x) => x.length >= 2) : []));
  return k;
}

export const tableRowUnknown: Rule = {
  id: 'table-row-unknown',
  formats: { family: 'gov-info', since: 2019 },
  defaultSeverity: 'warning',
  title: { zh: '表格行标签不是法定项目', en: 'Table row label matches no statutory row' },
  description: {
    zh: '第二、三部分表格只有国家格式规定的行。某行填了数字、标签却对不上任何法定行时提示：这些数字在核对中无处归属，通常是标签写错、自拟了栏目或沿用了旧说法。'
      + '以下情况不提示：标签被拆成两行、下一行只是上一行标签的后半截（如“其他对外管理”“服务事项”）；OCR 无法辨认、已由上下行推断出的行；属于其他年份格式的行（由 format-outdated 提示）。'
      + '错误示例：表三中自拟一行“电话咨询转办 | 1 | 0 | 0 | 0 | 0 | 0 | 1”；正确示例：把数字归入它所属的法定行（如“（一）予以公开”），不另立行。'
      + '法定行的标签写错一个字（如“（一）予以公升”“1.本机关不掌握相关政府信熄”“行政许司”）时，虽按该行照常读取数字，仍提示应写的法定标签，快速修复改正这个字（需人工确认）。'
      + '表格栏目（表头）名称少写了字（如“现行有效件”“本年发件数”）时按其位置照常读取表格，并提示应写的法定栏目名称。'
      + '按阅读顺序从 PDF 提取、数字无法对应到行或只有前几行能对应的表格（table-unreadable）里，行标签仍可读：丢了字或错了一个字、只可能是某一法定行的标签（如“2.其他法律行政止公开”）同样提示。'
      + '有明显最接近的法定行（且该行在表中缺失）时，快速修复把标签改为该法定标签，需人工确认。依据：政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）。',
    en: 'Tables 2 and 3 have only the rows of the national format. A row with figures whose label matches none of them is reported: its figures count nowhere. Usually the label is mistyped, self-invented, or old wording. '
      + 'Not reported: the second half of a label split over two lines (其他对外管理 / 服务事项); rows whose unreadable OCR label was inferred from their neighbours; rows of another year\'s format (format-outdated). '
      + 'Wrong: a self-invented row “电话咨询转办 | 1 | 0 | 0 | 0 | 0 | 0 | 1” in table 3; right: the figure counted under the statutory row it belongs to (e.g. （一）予以公开). '
      + 'A statutory row label with one character wrong (（一）予以公升, 1.本机关不掌握相关政府信熄, 行政许司) is read as that row and still reported with the statutory label; the quick-fix (to be confirmed) corrects the character. '
      + 'A column header short of characters (现行有效件, 本年发件数) is read by its position as usual and named with the statutory header. '
      + 'In a table whose figures cannot be placed, or only those of its first rows (PDF text in reading order, table-unreadable), the row labels can still be read: one that lost words or has one character wrong and can only be one statutory row (2.其他法律行政止公开) is reported too. '
      + 'When one statutory row absent from the table is clearly the closest, the quick-fix (to be confirmed) replaces the label with it. Basis: the national report formats of 2019 and 2021.',
  },
  basis: '政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）',
  check(ctx) {
    const a = ctx.analysis;
    if (!a.report) return;
    for (const t of a.report.tables.values()) {
      if (t.spec.kind !== 'grid' && t.spec.kind !== 'blocks') continue;
      const part = PART[t.id] ? `表${PART[t.id]}` : t.spec.title;
      // A statutory row identified though its label lost words inside it (表三: 2.其他法律行政止公开
      // for 2.其他法律行政法规禁止公开) or has one character wrong: the figures count, the label is still
      // not the statutory one.
      // A label with one character wrong, in 表三 and in 表二 (行政许司 for 行政许可) alike.
      {
        const spec = t.spec;
        const grid = spec.kind === 'grid';
        for (const r of t.rows) {
          const want = r.kind === 'data' && r.rowId && !r.inferred && !(grid && spec.rows.find((x) => x.id === r.rowId)?.match) ? statutoryLabel(spec, r.rowId) : null;
          if (!want) continue;
          const cells = r.raw.cells.filter((c) => c.text && c.start >= r.labelStart && c.end <= r.labelEnd);
          const last = cells[cells.length - 1];
          const garbled = grid && isGarbled(r.label, want, groupKeys(spec));
          const typo = garbled ? null : misspelt(last ? [r.label, last.text] : [r.label], want, groupKeys(spec));
          if (!typo && !garbled) continue;
          // (The garbled last cell alone where group cells stand before it: 三、本年度办理结果 | 2.其他法律行政止公开.)
          const lastGarbled = garbled && !!last && isGarbled(last.text, want);
          const { label, start, end } = lastGarbled ? { label: last.text.trim(), start: last.start, end: last.end } : labelOf(a.doc.text, r);
          // The label cell as one piece (a label merged over group cells keeps them): replaced by the statutory
          // label; a typo: its one character replaced, where the cell writes it once.
          const once = typo && last ? last.text.split(typo.got).length === 2 : false;
          const fix = typo
            ? (once ? { title: `把“${typo.got}”改为“${typo.want}”`, edits: [{ start: last.start + last.text.indexOf(typo.got), end: last.start + last.text.indexOf(typo.got) + typo.got.length, newText: typo.want }], safe: false } : undefined)
            : lastGarbled
              ? { title: `改为“${want}”`, edits: [{ start: last.start, end: last.end, newText: want }], safe: false }
              : undefined;
          ctx.report({
            start,
            end,
            message: `${part}中的“${label}”不是法定项目，是否应为“${want}”？`,
            messageEn: `${t.spec.title}: “${label}” is not a statutory row; did you mean “${want}”?`,
            fix,
          });
        }
      }
      for (const r of unknownRows(a, t)) {
        const { label, start, end } = labelOf(a.doc.text, r);
        const best = closestLabel(t, r);
        // Replace only the last label cell: a merged group cell before it stays as written.
        const cells = r.raw.cells.filter((c) => c.text && c.start >= r.labelStart && c.end <= r.labelEnd);
        const last = cells[cells.length - 1];
        const fix = best && last && labelKey(last.text) !== labelKey(best.label)
          ? { title: `改为“${best.label}”`, edits: [{ start: last.start, end: last.end, newText: best.label }], safe: false }
          : undefined;
        ctx.report({
          start,
          end,
          message: `${part}中的“${label}”不是法定项目${best ? `，是否应为“${best.label}”？` : '：请按格式的法定行填报'}`,
          messageEn: `${t.spec.title}: “${label}” is not a statutory row${best ? `; did you mean “${best.label}”?` : ''}`,
          fix,
        });
      }
      // A table read only in part (PDF reading order: its first rows row by row, the rest column by
      // column): the label cells of the rows not read are judged as an unreadable table's are.
      if (t.partial) {
        const own = new Set(t.rows.flatMap((r) => r.raw.cells.map((c) => c.start)));
        reportUnplaced(t, part, own, ctx.report);
      }
      if (t.spec.kind === 'blocks') truncatedCaptions(a.doc.text, t, part, (f) => ctx.report(f));
      misspeltHeaders(a.doc.text, t, part, (f) => ctx.report(f));
    }
    // A table whose figures could not be placed (PDF text in reading order) still prints its labels.
    for (const t of a.report.unreadable ?? []) {
      if (t.layout !== 'column-block') continue;
      const part = PART[t.id] ? `表${PART[t.id]}` : t.spec.title;
      reportUnplaced(t, part, new Set(), ctx.report);
    }
  },
};

/** The findings of `unplacedLabels` (cells starting at an offset in `skip` left out): a fix writes the statutory label. */
function reportUnplaced(t: StatTable, part: string, skip: ReadonlySet<number>,
  report: (f: { start: number; end: number; message: string; messageEn: string; fix?: { title: string; edits: { start: number; end: number; newText: string }[]; safe: boolean } }) => void): void {
  for (const u of unplacedLabels(t)) {
    if (skip.has(u.cell.start)) continue;
    report({ start: u.cell.start, end: u.cell.end,
      message: `${part}中的“${u.cell.text.trim()}”不是法定项目，是否应为“${u.want}”？`,
      messageEn: `${t.spec.title}: “${u.cell.text.trim()}” is not a statutory row; did you mean “${u.want}”?`,
      fix: { title: `改为“${u.want}”`, edits: [{ start: u.cell.start, end: u.cell.end, newText: u.want }], safe: false } });
  }
}

/**
 * The label cells of an unreadable or partial table (one cell a line, figures away from their labels) that are a
 * statutory row's label with words lost inside or one character wrong, when that row is the only one
 * it can be: the same slips the readable layouts report, found without placing a figure.
 */
function unplacedLabels(t: StatTable): { cell: { start: number; end: number; text: string }; want: string }[] {
  const spec = t.spec;
  const rows = spec.kind === 'grid' ? spec.rows.filter((r) => !r.group && !r.match) : spec.kind === 'blocks' ? spec.blocks.flatMap((b) => b.rows) : [];
  if (!rows.length) return [];
  const keys = new Set(rows.map((r) => bareKey(r.label)));
  const groups = groupKeys(spec);
  const out: { cell: { start: number; end: number; text: string }; want: string }[] = [];
  for (const b of t.blocks) {
    // The label cells so far with their lines: a cell that ends a label wrapped over cells of its own
    // (4.无正当 / 理由大量 / 反复申请, a narrow label column in reading order) is no slip.
    const before: { text: string; line: number }[] = [];
    for (const r of b.rows) for (const c of r.cells) {
    if (!/[\u3400-\u9fff]/.test(c.text) || c.value.type !== 'text') continue;
    before.push({ text: c.text.replace(/(?:\s+\d[\d,.]*)+\s*$/, ''), line: r.line }); // (理由大量 0: a figure printed on the piece's line)
    const k = bareKey(c.text);
    if (k.length < 4 || keys.has(k) || endsWrappedLabel(before, keys)) continue;
    const hits = rows.filter((x) => isGarbled(c.text, x.label, groups) || misspelt([c.text], x.label, groups));
    if (hits.length === 1) out.push({ cell: c, want: hits[0].label });
    }
  }
  return out;
}

/** The last cell of `cells` with the one, two or three label cells before it (each within four lines of the next) is a statutory label. */
function endsWrappedLabel(cells: { text: string; line: number }[], keys: ReadonlySet<string>): boolean {
  let joined = cells[cells.length - 1].text.trim();
  for (let i = cells.length - 2; i >= 0 && i >= cells.length - 4 && cells[i + 1].line - cells[i].line <= 4; i--) {
    joined = cells[i].text.trim() + joined;
    if (keys.has(bareKey(joined))) return true;
  }
  return false;
}

/** Layouts whose cells are whole (a PDF's header words may wrap over lines: 本年制发 / 件数). */
const WHOLE_CELLS = new Set(['gfm', 'loose-pipe', 'tab', 'tab-lines', 'html']);

/**
 * A column header cell of a statutory table that lost one or two characters of its statutory label
 * (现行有效件 for 现行有效件数, 本年发件数 for 本年制发件数; not a short form without a trailing word, 社会公益): the table is read by position all the
 * same; the header is named with a fix (to be confirmed) that writes the statutory label. Only in
 * layouts with whole cells, and only where the cell is the label with characters left out (the
 * same first character, at least three left).
 */
function misspeltHeaders(text: string, t: StatTable, part: string,
  report: (f: { start: number; end: number; message: string; messageEn: string; fix?: { title: string; edits: { start: number; end: number; newText: string }[]; safe: boolean } }) => void): void {
  if (!WHOLE_CELLS.has(t.layout)) return;
  const spec = t.spec;
  const columnsOf = (blockId: string | null | undefined): string[] =>
    spec.kind === 'grid' ? spec.columns.map((c) => c.label)
      : spec.kind === 'blocks' ? (blockId ? spec.blocks.filter((b) => b.id === blockId) : spec.blocks).flatMap((b) => b.columns.map((c) => c.label)) : [];
  // Each header row's block: the block of the row after it (its first data row), else the one before.
  // The block of the first row after each row that has one (one backward pass, not a search per header).
  const nextBlock: (string | undefined)[] = new Array(t.rows.length);
  for (let i = t.rows.length - 1, b: string | undefined; i >= 0; i--) { nextBlock[i] = b; b = t.rows[i].blockId || b; }
  let before: string | null = null;
  t.rows.forEach((r, i) => {
    if (r.blockId) before = r.blockId;
    if (r.kind !== 'header') return;
    const after = nextBlock[i];
    const labels = columnsOf(after ?? before);
    const keys = labels.map((l) => labelKey(l));
    r.raw.cells.forEach((c, ci) => {
      const k = labelKey(c.text);
      if (k.length < 3 || keys.includes(k)) return;
      // Characters lost inside (first and last kept), or the last one alone: 社会公益 for 社会公益组织 is a short form.
      const lost = (w: string) => w.length - k.length >= 1 && w.length - k.length <= 2 && w[0] === k[0] && lcs(k, w) === k.length
        && (w[w.length - 1] === k[k.length - 1] || (w.length - k.length === 1 && w.startsWith(k)));
      const hits = labels.filter((_, j) => lost(keys[j]));
      if (hits.length !== 1) return;
      const want = hits[0];
      // A label broken over two cells (上一年项目数 | 量): the rest stands in the next cell.
      const rest = labelKey(want).slice(k.length);
      const next = labelKey(r.raw.cells[ci + 1]?.text ?? '');
      if (labelKey(want).startsWith(k) && next && next.includes(rest)) return;
      // The label's first characters where the text ends: the page was cut there (nS/07).
      if (labelKey(want).startsWith(k) && isCutRemnant(text.slice(c.end))) return;
      const shown = text.slice(c.start, c.end).trim();
      report({
        start: c.start,
        end: c.end,
        message: `${part}的栏目“${shown}”不是法定栏目名称，是否应为“${want}”？`,
        messageEn: `${spec.title}: the column header “${shown}” is not the statutory one; did you mean “${want}”?`,
        fix: { title: `改为“${want}”`, edits: [{ start: c.start, end: c.end, newText: want }], safe: false },
      });
    });
  });
}

/**
 * A block caption cut off mid-word by the copy (第二十条第 for 第二十条第（一）项): a row whose
 * first cell is the start of a statutory caption and no caption whole. An info finding at it,
 * naming the caption of the block whose rows follow.
 */
function truncatedCaptions(text: string, t: StatTable, part: string,
  report: (f: { start: number; end: number; severity: 'info'; message: string; messageEn: string }) => void): void {
  if (t.spec.kind !== 'blocks') return;
  const blocks = t.spec.blocks;
  const keys = blocks.map((b) => labelKey(b.caption));
  // The block of the next row that has one, for every row (one backward pass).
  const nextBlock: (string | undefined)[] = new Array(t.rows.length);
  for (let i = t.rows.length - 1, b: string | undefined; i >= 0; i--) { nextBlock[i] = b; b = t.rows[i].blockId ?? b; }
  t.rows.forEach((r, i) => {
    if (r.kind === 'data' || r.rowId) return;
    const cell = r.raw.cells.find((c) => c.text.trim());
    if (!cell) return;
    const k = labelKey(cell.text);
    if (k.length < 4 || keys.includes(k) || !keys.some((c) => c.startsWith(k))) return;
    // The text ends there (a stored excerpt cut mid-caption): nothing of the report is lost in it.
    if (!/\S/.test(text.slice(cell.end, cell.end + 200))) return;
    const want = blocks.find((b) => b.id === nextBlock[i])?.caption ?? blocks.find((b) => labelKey(b.caption).startsWith(k))!.caption;
    const shown = text.slice(cell.start, cell.end).trim();
    report({
      start: cell.start,
      end: cell.end,
      severity: 'info',
      message: `${part}的分项标题“${shown}”不完整，应为“${want}”（复制时可能被截断）`,
      messageEn: `${t.spec.title}: the caption “${shown}” is cut off; it should read “${want}”`,
    });
  });
}

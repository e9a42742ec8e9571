// Developer aid and recall check: does a wrong figure get caught in every real layout? For each page
// whose statutory tables the product reads, makes variants each with ONE realistic error, lints each
// variant in process (the same lint() as the CLI, default settings) and checks that a finding of the
// expected rule appears on the right lines. Only text the product showed it read is edited: a cell's
// figure at the cell's own range, a prose count at its own range, a row label at the row's label range.
//   sum     a part of a sum in 表三 (a cell of 本年新收 or of a disposition row, an applicant column) or
//           表四 (a 结果 column of 行政复议/行政诉讼) + 7           → table-row-total/-balance/-subtotal, review-total
//   swap    the same with two digits swapped (a part of two digits or more whose swap changes it)
//   prose   a prose count that repeats a table figure (收到/受理/新收…申请 N 件 = 本年新收 总计 (or + 上年结转),
//           办结/答复 N 件 = （七）总计, 行政复议 N 件 = 表四 复议总计, 制发…规范性文件 N 件) + 7 → text-table-mismatch
//   label   one character of a 表三 or 表二 row label changed (a look-alike or sound-alike) → table-row-unknown, heading-nonstandard
//   delete  the lines of one 表三 leaf row removed (only in a complete table where the row has its own lines)
//                                                                                        → table-row-missing
// A variant is `caught` when a finding of an expected rule that the unmodified page did not have lies on
// the table's lines (sum, swap, label, delete) or on the edited line (prose); `elsewhere` when only other
// new findings (an expected rule on other lines, or another rule's error/warning) appear; `missed` when
// nothing new appears. Printed per layout (how the page's table was read) and per error type, with the
// misses listed. Usage, after `npx tsc -p tsconfig.json` (reads out/):
//   node scripts/inject-errors.mjs [DIR|FILE ...] [--types sum,swap,prose,label,delete] [--verbose] [--json]
// Without paths: every set of test/fixtures/real-pages/ and test/fixtures/real/.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, basename, dirname, resolve } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const core = await import(new URL('../out/server/src/core/index.js', import.meta.url));
const { prose } = await import(new URL('../out/server/src/core/model/sentences.js', import.meta.url));
const { analyze, lintAnalysis } = core;
const { MODES, relayout: relayTables } = await import('./table-relayouts.mjs');

export const EXPECT = {
  sum: { applications: ['table-row-total', 'table-balance', 'table-subtotal'], review: ['review-total'] },
  swap: { applications: ['table-row-total', 'table-balance', 'table-subtotal'], review: ['review-total'] },
  prose: ['text-table-mismatch'],
  label: ['table-row-unknown', 'heading-nonstandard'],
  delete: ['table-row-missing'],
};
export const TYPES = ['sum', 'swap', 'prose', 'label', 'delete'];

/** A look-alike or sound-alike for characters of the statutory row labels (a realistic typo). */
const TYPO = { 许: '浒', 可: '司', 件: '仵', 罚: '罪', 强: '弘', 规: '观', 范: '苑', 章: '竟', 公: '功', 开: '升', 予: '子', 申: '甲', 请: '清', 本: '木', 年: '午', 结: '给', 转: '传', 处: '外', 理: '里', 提: '堤',
  供: '共', 掌: '常', 握: '屋', 信: '言', 息: '熄', 政: '正', 府: '付', 部: '步', 分: '份', 行: '形', 复: '夏', 议: '仪', 机: '几', 关: '美',
  现: '见', 成: '戍', 需: '须', 要: '耍', 另: '别', 制: '製', 作: '做', 补: '朴', 正: '止', 后: '候', 容: '溶', 仍: '扔', 明: '朋', 确: '却',
  国: '固', 家: '冢', 秘: '密', 密: '蜜', 法: '去', 律: '津', 禁: '襟', 止: '上', 危: '伪', 及: '级', 三: '叁', 安: '按', 全: '金', 稳: '隐',
  定: '锭', 保: '堡', 护: '沪', 第: '弟', 方: '放', 合: '含', 权: '杈', 益: '溢', 属: '嘱', 于: '干', 类: '粪', 内: '肉', 务: '雾',
  程: '呈', 性: '姓', 执: '热', 案: '按', 卷: '券', 查: '杳', 询: '洵', 事: '是', 项: '顶', 不: '丕', 予: '子', 无: '元', 法: '怯',
  掌: '撑', 相: '湘', 存: '在', 在: '存', 非: '菲', 访: '仿', 投: '头', 诉: '拆', 举: '拳', 报: '抱', 重: '童', 出: '山', 版: '板', 物: '勿',
  反: '返', 工: '功', 作: '昨', 量: '晕', 大: '太', 说: '兑', 理: '埋', 由: '田', 出: '击', 具: '且', 已: '己', 获: '荻', 取: '娶', 逾: '愈',
  期: '欺', 未: '末', 按: '安', 要: '腰', 求: '球', 费: '废', 用: '甩', 其: '期', 他: '她', 撤: '撒', 回: '迴', 销: '消', 总: '忽', 计: '汁' };

function pagesOf(paths) {
  const out = [];
  for (const p of paths) {
    if (statSync(p).isFile()) { out.push({ key: `${basename(dirname(resolve(p)))}/${basename(p)}`, text: readFileSync(p, 'utf8') }); continue; }
    for (const n of readdirSync(p).sort()) {
      const f = join(p, n);
      if ((n.endsWith('.txt') || n.endsWith('.md')) && n !== 'README.md' && statSync(f).isFile()) out.push({ key: `${basename(resolve(p))}/${n}`, text: readFileSync(f, 'utf8') });
    }
  }
  return out;
}

const lineAt = (a, off) => a.doc.lines.lineAt(off);
const intOf = (c) => (c && c.value?.type !== 'empty' && /^\d+$/.test(c.text) ? Number(c.text) : null);
const edit = (text, start, end, by) => text.slice(0, start) + by + text.slice(end);

/** The lines a table was read from: its blocks', or its rows'. */
function tableLines(t) {
  let from = Infinity, to = -1;
  for (const b of t.blocks ?? []) { from = Math.min(from, b.startLine); to = Math.max(to, b.endLine); }
  for (const r of t.rows ?? []) { from = Math.min(from, r.raw.line); to = Math.max(to, r.raw.endLine); }
  return [from, to];
}
export function layoutOf(t) {
  const kinds = [...new Set([t.layout, ...(t.blocks ?? []).map((b) => b.layout + (b.positional ? '+blank' : b.regroup ? '+regroup' : ''))])];
  return kinds.length > 1 ? kinds.slice(1).join('/') : kinds[0];
}

const DISPOSITION = /^(open|partial|deny-\d|unable-\d|noproc-\d|otherproc-\d)$/;
const num0 = (r, col) => { const c = r?.values.get(col); return !c || c.value?.type === 'empty' ? 0 : intOf(c); };

/** Whether the sums a cell is part of hold in the page as published (a part of a sum already broken
 *  shows no new finding when it changes: such cells are not used). */
function sumsHold(t, r, col) {
  const row = (id) => t.rows.find((x) => x.rowId === id);
  const eq = (xs, ys) => !xs.concat(ys).some((x) => x === null) && xs.reduce((p, x) => p + x, 0) === ys.reduce((p, x) => p + x, 0);
  if (t.id === 'review') {
    const g = col.split('.')[0];
    return eq(['upheld', 'corrected', 'other', 'pending'].map((k) => num0(r, `${g}.${k}`)), [num0(r, `${g}.total`)]);
  }
  const apps = t.spec.columns.map((c) => c.id).filter((id) => id !== 'total');
  const rowOk = (x) => !x.values.get('total') || eq(apps.map((c) => num0(x, c)), [num0(x, 'total')]);
  if (!rowOk(r)) return false;
  const ids = t.spec.rows.filter((x) => DISPOSITION.test(x.id)).map((x) => x.id);
  // A column sum is judged only where the table has its rows (a page cut inside the table has not).
  if (r.rowId === 'new' || r.rowId === 'carried') return !['new', 'carried', 'total', 'next'].every(row) || eq([num0(row('new'), col), num0(row('carried'), col)], [num0(row('total'), col), num0(row('next'), col)]);
  return !row('total') || eq(ids.map((id) => num0(row(id), col)), [num0(row('total'), col)]);
}

/** Sum parts: cells the format adds up whose sums hold. 表三: 本年新收 (an applicant column), a
 *  disposition row (an applicant column), a disposition's 总计; 表四: a 结果 column of each group. */
function sumParts(t) {
  const out = [];
  const pick = (pred, cols, nonzero) => {
    for (const r of t.rows) {
      if (!r.rowId || r.kind !== 'data' || !pred(r.rowId)) continue;
      for (const col of cols) { const c = r.values.get(col); const v = intOf(c); if (v !== null && (!nonzero || v) && sumsHold(t, r, col)) return { row: r, col, cell: c }; }
    }
    return null;
  };
  if (t.id === 'applications') {
    const apps = t.spec.columns.map((c) => c.id).filter((id) => id !== 'total');
    // The first applicant cell with a figure other than 0, else the first with a figure.
    const first = (pred) => pick(pred, apps, true) ?? pick(pred, apps, false);
    for (const p of [first((id) => id === 'new'), first((id) => DISPOSITION.test(id)), pick((id) => DISPOSITION.test(id) && id !== 'open', ['total'], false)]) if (p) out.push(p);
  } else if (t.id === 'review') {
    const r = t.rows.find((x) => x.rowId && x.values.size);
    for (const g of r ? ['reconsideration', 'direct', 'after'] : []) {
      const p = pick((id) => id === r.rowId, ['upheld', 'corrected', 'other', 'pending'].map((k) => `${g}.${k}`), false);
      if (p) out.push(p);
    }
  }
  return out;
}

/** The prose counts that repeat a table figure, with the figure's name. */
function proseFigures(a) {
  const out = [];
  const t3 = a.report.tables.get('applications'), t4 = a.report.tables.get('review'), t2 = a.report.tables.get('active');
  const cell = (t, row, col) => { if (!t || t.unreadable) return null; const r = t.rows.find((x) => x.rowId === row); return r ? intOf(r.values.get(col)) : null; };
  const rev = (g) => cell(t4, t4?.rows.find((x) => x.rowId && x.values.size)?.rowId, `${g}.total`);
  const newT = cell(t3, 'new', 'total'), carried = cell(t3, 'carried', 'total'), handled = cell(t3, 'total', 'total');
  const { text, sentences } = prose(a);
  for (const s of sentences) {
    for (const c of s.clauses) {
      if (c.counts.length !== 1) continue;
      const n = c.counts[0];
      if (n.approx || n.decimals || !/^(件|条|起|宗)$/.test(n.unit)) continue;
      const w = text.slice(c.ns, n.ns);
      if (/同比|上年|去年|其中|较上|比上|增长|减少|下降|季度|半年/.test(w) || /同比|季度|半年/.test(s.text)) continue;
      let what = null;
      if (/(收到|受理|新收|接收|接到)/.test(w) && /申请/.test(w) && !/复议|诉讼|咨询|来信|来访/.test(w)) {
        if (newT !== null && (n.value === newT || (carried !== null && n.value === newT + carried))) what = '收到申请';
      } else if (/(办结|答复)/.test(w) && /申请/.test(s.text) && !/复议|诉讼/.test(w)) {
        if (handled !== null && n.value === handled && n.value !== newT) what = '办结申请';
      } else if (/行政复议/.test(w) && !/诉讼/.test(w) && /信息公开/.test(s.text)) {
        if (rev('reconsideration') !== null && n.value === rev('reconsideration')) what = '行政复议';
      } else if (/(制发|印发|出台)/.test(w) && /规范性文件/.test(w)) {
        if (n.value === cell(t2, 'normative', 'issued')) what = '制发规范性文件';
      }
      if (what && /^\d+\s*[件条起宗]$/.test(a.doc.text.slice(n.start, n.end))) out.push({ what, count: n });
    }
  }
  return out;
}

/** Variants of one page: { type, table, layout, what, text, span: [start, end] where the finding must lie
 *  (in the variant), removed: [line, count] for a deleted row }. */
export function variantsOf(text, a, types = TYPES) {
  const out = [];
  const tables = a.report?.tables ?? new Map();
  const ls = a.doc.lines;
  const lineStart = (l) => ls.offsetAt({ line: l, character: 0 });
  for (const [id, t] of tables) {
    if (t.unreadable || (id !== 'applications' && id !== 'review' && id !== 'active')) continue;
    const lines = tableLines(t);
    const span = [lineStart(lines[0]), ls.lineEnd(lines[1])];
    const layout = layoutOf(t);
    // One edit of a cell or a label: the table's span grows by the length it gains.
    const variant = (type, what, start, end, by) => out.push({ type, table: id, layout, what, text: edit(text, start, end, by), span: [span[0], span[1] + by.length - (end - start)] });
    const typo = (r) => {
      const lbl = text.slice(r.labelStart, r.labelEnd);
      for (let i = lbl.length - 1; i >= 0; i--) {
        const ch = lbl[i];
        if (!TYPO[ch] || /[一二三四五六七八九十]/.test(ch)) continue;
        variant('label', `${r.rowId} ${lbl.replace(/\s+/g, '')} ${ch}→${TYPO[ch]}`, r.labelStart + i, r.labelStart + i + 1, TYPO[ch]);
        break;
      }
    };
    if (id === 'active') {
      // 表二 has no sum: a row label with one character wrong (行政许可, else 行政规范性文件).
      const r = types.includes('label') && (t.rows.find((x) => x.rowId === 'licensing' && !x.inferred) ?? t.rows.find((x) => x.rowId === 'normative' && !x.inferred));
      if (r) typo(r);
      continue;
    }
    for (const p of sumParts(t)) {
      const v = intOf(p.cell);
      if (types.includes('sum')) variant('sum', `${p.row.rowId}.${p.col} ${v}→${v + 7}`, p.cell.start, p.cell.end, String(v + 7));
      const s = p.cell.text;
      if (types.includes('swap') && s.length >= 2) {
        for (let i = 0; i + 1 < s.length; i++) {
          if (s[i] === s[i + 1] || (i === 0 && s[1] === '0')) continue;
          variant('swap', `${p.row.rowId}.${p.col} ${s}→${s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)}`, p.cell.start, p.cell.end, s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
          break;
        }
      }
    }
    if (id !== 'applications') continue;
    const complete = t.spec.rows.filter((r) => !r.group).every((r) => t.rows.some((x) => x.rowId === r.id && !x.inferred));
    if (types.includes('label')) {
      // A leaf row whose label the reader matched (not inferred): one character of its statutory words.
      const r = t.rows.find((x) => x.rowId === 'unable-1' && !x.inferred) ?? t.rows.find((x) => x.rowId && DISPOSITION.test(x.rowId) && !x.inferred);
      if (r) typo(r);
    }
    if (types.includes('delete') && complete) {
      // A leaf row alone on its lines inside the table: no other row of any table shares them.
      const all = [...tables.values()].flatMap((x) => x.rows ?? []);
      for (const id2 of ['unable-2', 'deny-3', 'noproc-3', 'otherproc-2']) {
        const r = t.rows.find((x) => x.rowId === id2);
        if (!r) continue;
        const [l0, l1] = [r.raw.line, r.raw.endLine];
        if (all.some((x) => x !== r && x.raw.endLine >= l0 && x.raw.line <= l1)) continue;
        if (l0 <= lines[0] || l1 >= lines[1]) continue;
        const s0 = lineStart(l0), s1 = lineStart(l1 + 1);
        out.push({ type: 'delete', table: id, layout, what: `${id2} (lines ${l0 + 1}-${l1 + 1})`, text: text.slice(0, s0) + text.slice(s1), span: [span[0], span[1] - (s1 - s0)], removed: [l0, l1 - l0 + 1] });
        break;
      }
    }
  }
  if (types.includes('prose') && tables.size) {
    const t = tables.get('applications') ?? tables.get('review') ?? tables.get('active');
    const layout = layoutOf(t);
    const seen = new Set();
    for (const f of proseFigures(a)) {
      if (seen.has(f.what)) continue;
      seen.add(f.what);
      const digits = a.doc.text.slice(f.count.start, f.count.end).match(/^\d+/)[0];
      const by = String(Number(digits) + 7);
      out.push({ type: 'prose', table: f.what === '行政复议' ? 'review' : f.what === '制发规范性文件' ? 'active' : 'applications', layout, what: `${f.what} ${digits}→${by}`,
        text: edit(text, f.count.start, f.count.start + digits.length, by), span: [f.count.start, f.count.end + by.length - digits.length] });
    }
  }
  return out;
}

/** Other layouts of the same page, at the same offsets: `one` joins every line (a page pasted on one line). */
export const RELAYOUT = { one: (t) => t.replace(/[\r\n]/g, ' ') };

const keyOf = (a, f, removed) => { let l = lineAt(a, f.start); if (removed && l >= removed[0]) l += removed[1]; return `${f.rule}|${l}|${f.message.replace(/\d+/g, '#')}`; };

/** Lints one variant against its page's own findings: caught, elsewhere or missed (and the new findings). */
export function judge(base, v) {
  const a = analyze(v.text);
  const res = lintAnalysis(a);
  // The page's own findings, as a multiset: a variant's finding is new when the page had fewer like it.
  const had = new Map();
  for (const f of base.findings) { const k = keyOf(base.analysis, f); had.set(k, (had.get(k) ?? 0) + 1); }
  const fresh = [];
  for (const f of res.findings) { const k = keyOf(a, f, v.removed); const n = had.get(k) ?? 0; if (n > 0) had.set(k, n - 1); else fresh.push(f); }
  const want = Array.isArray(EXPECT[v.type]) ? EXPECT[v.type] : EXPECT[v.type][v.table];
  const on = (f) => f.end >= v.span[0] && f.start <= v.span[1];
  if (fresh.some((f) => want.includes(f.rule) && on(f))) return { verdict: 'caught', fresh };
  const other = fresh.filter((f) => want.includes(f.rule) || f.severity === 'error' || f.severity === 'warning');
  if (other.length) return { verdict: 'elsewhere', fresh: other };
  return { verdict: 'missed', fresh };
}

/** Every page's variants judged. `relayout`: `one` lays the page and its variants out on one line (same
 *  offsets); a mode of scripts/table-relayouts.mjs (tab, tabBlank, tabSpan, paras, dense, pipe, pipeBlank,
 *  gfm) first writes the page's read tables in that web layout, and the variants are made on that page. */
export function run(pages, types = TYPES, relayout = null, onVariant = () => {}) {
  const rows = [];
  let read = 0;
  const statutory = (a) => a.report && [...a.report.tables.values()].some((t) => !t.unreadable && (t.id === 'applications' || t.id === 'review'));
  for (const p of pages) {
    let text = p.text;
    let analysis = analyze(text);
    if (!statutory(analysis)) continue;
    if (relayout && MODES[relayout]) {
      text = relayTables(text, analysis, relayout);
      analysis = analyze(text);
      if (!statutory(analysis)) { rows.push({ page: p.key, type: 'page', table: '', layout: `${relayout}(not read)`, what: 'the relaid tables are not read', verdict: 'missed', fresh: [] }); continue; }
    }
    const variants = variantsOf(text, analysis, types);
    read++;
    let base = { analysis, findings: lintAnalysis(analysis).findings };
    const one = relayout && RELAYOUT[relayout];
    if (one) {
      const again = analyze(one(text));
      base = { analysis: again, findings: lintAnalysis(again).findings };
    }
    // Tables the page laid out on one line still reads (a variant of a table it no longer reads says so).
    const readOne = one ? new Set([...(base.analysis.report?.tables ?? [])].filter(([, t]) => !t.unreadable).map(([id]) => id)) : null;
    for (const v of variants) {
      const layout = relayout ? `${relayout}(${v.layout}${readOne && !readOne.has(v.table) ? ', table not read' : ''})` : v.layout;
      if (one) v.text = one(v.text);
      const j = judge(base, v);
      const row = { page: p.key, type: v.type, table: v.table, layout, what: v.what, verdict: j.verdict, fresh: j.fresh.map((f) => f.rule) };
      rows.push(row);
      onVariant(row);
    }
  }
  return { read, rows };
}

export function summary(rows) {
  const by = (k) => { const m = new Map(); for (const r of rows) { const key = k(r); const e = m.get(key) ?? { caught: 0, elsewhere: 0, missed: 0 }; e[r.verdict]++; m.set(key, e); } return m; };
  const fmt = (m) => [...m].sort((x, y) => String(x[0]).localeCompare(String(y[0]))).map(([k, e]) => `  ${String(k).padEnd(34)} caught ${e.caught}/${e.caught + e.elsewhere + e.missed}  elsewhere ${e.elsewhere}  missed ${e.missed}`).join('\n');
  return { byType: by((r) => `${r.type}${r.type === 'sum' || r.type === 'swap' ? ' ' + r.table : ''}`), byLayout: by((r) => r.layout), fmt };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const ti = args.indexOf('--types'), li = args.indexOf('--relayout');
  const types = ti >= 0 ? args[ti + 1].split(',') : TYPES;
  const relayouts = li >= 0 ? args[li + 1].split(',') : [];
  const paths = args.filter((x, i) => !x.startsWith('--') && (ti < 0 || i !== ti + 1) && (li < 0 || i !== li + 1));
  const sets = join(ROOT, 'test/fixtures/real-pages');
  const dirs = paths.length ? paths : [...readdirSync(sets).filter((n) => statSync(join(sets, n)).isDirectory()).map((n) => join(sets, n)), join(ROOT, 'test/fixtures/real')].filter(existsSync);
  const pages = pagesOf(dirs);
  const { read, rows } = run(pages, types);
  for (const r of relayouts) rows.push(...run(pages, types, r).rows);
  if (args.includes('--json')) { console.log(JSON.stringify(rows, null, 1)); process.exit(0); }
  const s = summary(rows);
  const tot = rows.filter((r) => r.verdict === 'caught').length;
  console.log(`${pages.length} pages, ${read} with a statutory table read; ${rows.length} variants, caught ${tot} (${(100 * tot / Math.max(1, rows.length)).toFixed(1)}%)`);
  console.log('by error type:\n' + s.fmt(s.byType));
  console.log('by layout:\n' + s.fmt(s.byLayout));
  const bad = rows.filter((r) => r.verdict !== 'caught');
  if (bad.length) console.log('not caught:');
  for (const r of bad) if (args.includes('--verbose') || r.verdict === 'missed') console.log(`  ${r.verdict.padEnd(9)} ${r.page} ${r.type} ${r.table} [${r.layout}] ${r.what}${r.fresh.length ? ' → ' + [...new Set(r.fresh)].join(',') : ''}`);
}

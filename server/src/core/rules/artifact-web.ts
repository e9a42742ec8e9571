// Web-page chrome pasted into a draft: breadcrumb, share bar, view counter, footer links,
// 主办/承办 footer, ICP and 公安 filing numbers, the page's 索引号/发布机构 metadata table. The annual report's content is fixed by
// 《中华人民共和国政府信息公开条例》第五十条; a site's navigation and filing numbers are none of it.
import type { Rule } from './rule';
import type { Analysis } from '../engine/lint';
import { classifyChrome, ChromeLine } from '../model/artifacts-chrome';
import { deleteLineEdit, excerpt, LineTexts, TrimmedLines } from '../model/artifacts-lines';
import { flatHeadChrome } from '../model/artifacts-flat';
import { chromeLines } from '../model/line-chrome';
import { classifyPageMeta, joinWrappedName } from '../model/artifacts-meta';
import { LEADING_COUNTER, runInWatermarks, TRAILING_WATERMARK } from '../model/artifacts-debris';
import { markupDebris } from '../model/artifacts-markup';
import { domainSwaps, mayHaveDomain } from '../model/artifacts-domain';
import { opensWrappedTitle, ORG_LINE } from '../parse/title-lines';
import { toolbarAfterTitle, topMenuOf } from '../parse/page-chrome';

/**
 * A metadata table copied one cell per line (索引号 / 620700112/2024-00208 / 发布机构 / 市政务服务中心):
 * a bare label line and the value line after it are read as one label:value pair, so the value
 * line is chrome too, and the pair counts as strong metadata when its label is.
 */
const HEADING_START = /^(?:#|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．])/;

function joinLabelValues(spans: LineTexts, chrome: (ChromeLine | null)[]): void {
  for (let k = 0; k < spans.length; k++) {
    // (Only a line read as chrome can be a label.)
    if (!chrome[k]) continue;
    // (A label may keep its colon, its value on the next line: • 信息索引号: / 113307827047085929/2020-115677.)
    const label = spans.text(k).replace(/[:：]\s*$/, '');
    // (A label that is a page header's too, 发布机构:, was read as the header's: it is the table's when its value follows.)
    const isLabel = chrome[k]?.pageMeta || (chrome[k]?.tier === 'meta' && classifyPageMeta(spans.text(k))?.pageMeta);
    if (!isLabel || /[:：\t|｜]/.test(label) || label.replace(/[\s•·●-]/g, '').length > 8) continue;
    // The value on the next line (one blank line between allowed), short and no report title.
    let v = k + 1;
    if (v < spans.length && !spans.text(v)) v++;
    // (A bare date there may read as a page header's by itself: the label's pair is the better reading.)
    if (v >= spans.length || !spans.text(v) || (chrome[v] && chrome[v]!.tier !== 'meta')) continue;
    if (spans.text(v).length > 40 || /报告|年报/.test(spans.text(v)) || HEADING_START.test(spans.text(v))) continue;
    // (Nor an issuer above the title wrapped before its year: - 有效性有效 / 某某镇人民政府 / 2024年……年度报告.)
    const n = v + 1 < spans.length && !spans.text(v + 1) ? v + 2 : v + 1;
    if (n < spans.length && opensWrappedTitle(spans.text(v), spans.text(n))) continue;
    // (Nor the next field of the block, label and value: - 文号: left empty above - 发布日期: 2026-02-09.)
    if (/^[\s•·●*-]*[\u3400-\u9fff]{2,8}[\s\u3000]*[:：]/.test(spans.text(v))) continue;
    const pair = classifyPageMeta(`${label}:${spans.text(v)}`);
    if (!pair) continue;
    chrome[k] = pair;
    chrome[v] = pair;
    k = v;
  }
}

/**
 * A page's metadata copied without its labels, one value a line: the index number (113701243072282028/2025-6626482),
 * the organ that published (县卫生健康局), the date (2025-01-15). The organ's line between the two others is the
 * block's too (metadata beside the index number, which is certain), though alone it reads as an issuer's line.
 */
function joinBareOrgan(spans: LineTexts, chrome: (ChromeLine | null)[]): void {
  const next = (k: number) => { let v = k + 1; while (v < spans.length && !spans.text(v)) v++; return v; };
  for (let k = 0; k < spans.length && k < 400; k++) {
    const c = chrome[k];
    if (!c || c.tier !== 'strong' || !c.pageMeta || /[:：\s]/.test(spans.text(k).trim())) continue;
    const v = next(k);
    const d = next(v);
    if (d >= spans.length || chrome[v] || !ORG_LINE.test(spans.text(v)) || !chrome[d]) continue;
    const date = spans.text(d);
    if (date.length > 30 || !/^(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}/.test(date.trim())) continue;
    chrome[v] = { tier: 'support', zh: '网页信息元数据', en: 'page metadata', pageMeta: true };
  }
}

/** A page header's labels standing alone on their lines, the value on the next (撰写时间 / 2024年01月12日 / 来源 / 某镇 / 编辑 / 某某). */
const HEADER_LABEL = /^(?:发布日期|发布时间|发表日期|发表时间|撰写时间|撰稿时间|更新日期|更新时间|信息来源|文章来源|稿件来源|来源|作者|撰稿|撰稿人|责任编辑|编辑|审核|浏览次数|点击数)$/;
/** The first character of every HEADER_LABEL: most lines are ruled out without removing their spaces. */
const HEADER_FIRST = /^\s*[发撰更信文稿来作责编审浏点]/;
const isHeaderLabel = (text: string) => HEADER_FIRST.test(text) && HEADER_LABEL.test(text.replace(/\s/g, ''));
/** Pairs such a header needs: one label alone may be a word of the report. */
const HEADER_PAIRS = 2;

/**
 * A page header copied one cell per line: two or more label lines in a row (blank lines between
 * allowed), each followed by its short value line. Both lines of every pair are chrome (a page
 * header: reported as possible chrome unless a stronger item stands in the block).
 */
function joinHeaderLabels(spans: LineTexts, chrome: (ChromeLine | null)[]): void {
  const next = (k: number) => { let v = k + 1; while (v < spans.length && !spans.text(v)) v++; return v; };
  for (let k = 0; k < spans.length && k < 400; k++) {
    const pairs: [number, number][] = [];
    let l = k;
    while (l < spans.length && isHeaderLabel(spans.text(l))) {
      const v = next(l);
      if (v >= spans.length || !spans.text(v) || spans.text(v).length > 30 || /报告|年报|[。；;]/.test(spans.text(v))
        || HEADING_START.test(spans.text(v)) || isHeaderLabel(spans.text(v))) break;
      pairs.push([l, v]);
      l = next(v);
    }
    if (pairs.length < HEADER_PAIRS) continue;
    const item: ChromeLine = { tier: 'meta', zh: '网页发布信息', en: 'page header' };
    // (A value line already read as chrome, 2024年01月12日 17:12:21, keeps its own reading; a bare 来源
    // that needs a metadata table beside it is this header's.)
    for (const l of pairs.flat()) if (!chrome[l] || chrome[l]!.tier === 'support') chrome[l] = item;
    k = pairs[pairs.length - 1][1];
  }
}

/** Fewest pipes in a run that pads a web table's row (hundreds of empty cells). */
const PIPE_RUN = 20;

/**
 * Lines (not the report's tables) whose text is followed by a long run of pipes (洪川镇…年度报告 | ||||…):
 * the line → where the run (with the spaces before it) starts.
 */
function trailingPipeRuns(a: Analysis, spans: TrimmedLines, reads: TrimmedLines): Map<number, number> {
  const out = new Map<number, number>();
  for (let l = 0; l < spans.length; l++) {
    if (spans.end(l) - spans.start(l) < PIPE_RUN + 2 || a.doc.tableLines.has(l)) continue;
    const m = /\s*[|│¦][|│¦\s]*$/.exec(reads.text(l));
    if (!m || m.index === 0 || (m[0].match(/[|│¦]/g)?.length ?? 0) < PIPE_RUN) continue;
    out.set(l, spans.start(l) + m.index);
  }
  return out;
}

export const artifactWeb: Rule = {
  id: 'artifact-web',
  formats: 'all',
  defaultSeverity: 'warning',
  title: { zh: '网页残留', en: 'Web-page chrome in the draft' },
  description: {
    zh: '从政府网站复制报告时，页面上的导航路径、分享栏、浏览计数、页脚（主办/承办、ICP备案号、公网安备号、网站标识码）、“联系我们 | 友情链接 | 站点地图”等也会一并粘贴进来。它们不属于年度报告的内容（条例第五十条），发布前应删除。\n\n' +
      '错误示例：标题前后有“您当前所在的位置：首页 > 政务公开 > 年度报告”“分享到：”“浏览量：-”，文末有“粤ICP备05083207号-1”“粤公网安备 44010502000066号”；正确示例：删除这些行，报告从标题开始、以落款结束。\n\n' +
      '政府信息公开页面在正文上方的信息元数据表（索引号、主题分类、发布机构、成文日期、公开日期、文号、关键词、有效性等，复制后常为制表符或“|”分隔的单元格，标签中可能夹有空格，如“索 引 号”，或写在方括号里，如“[ 索引号 ] …”，或一个标签占一行、值留空，如“索 引 号 / 发布机构 / 文  号”，或只剩各值、一值一行，如“113701243072282028/2025-6626482 / 县卫生健康局 / 2025-01-15”）也属于网页残留，每行报告一次；其中“公开方式”“文号”“发布日期”等单独出现时不报告，只有与索引号、发布机构这类行在一起时才报告。含日期或报告名称的元数据行，快速修复不会随“全部修复”自动执行。\n\n' +
      '正文中残留的网页源码标记（“<p>”“</span>”“<font>”等标签，句中的“&nbsp;”“&ldquo;”等字符实体）也报告，只删除标记本身；HTML 表格中的标记、Markdown 稿件行首用于缩进的“&nbsp;”和表格单元格中的“<br>”不报告；被篡改镜像藏入的带属性元素（“<legend id=\"h4sia\">”）也报告。转载网站把地名、机关名换成自己的域名的（“puroview.com沙头镇人民政府”），报告该域名（无自动修复，请改回原名）。\n\n' +
      '只有整行都是网页元素时才报告（例外：网页工具栏接在标题后时，如“2012年某局政府信息公开年报 保护视力色: 默认 【字体: 打印本页 关闭窗口”，只报告并删除工具栏；文档站水印接在标题等行末时，如“一、总体情况 公文汇 www.gongwenhui.com”，或夹在正文中，如“第一某某之家—全网资源每日更新www.example.com责任人”，只报告并删除水印；又如计数未显示的空“访问次数:”接在开头句前，如“访问次数:2024年，……”，只报告并删除该标签），正文里提到“访问量”“联系我们”的句子不报告。单独一个“相关文章”“联系我们”之类的词只作提示（info），与其他网页元素连在一起时才作为警告。快速修复删除整行；“发布日期/来源”行也是网页元素，但其中的日期可能有用，它的修复不会随“全部修复”自动执行，请先把需要保留的日期写入落款。',
    en: 'Copying a report from a government site brings the page chrome along: breadcrumb, share bar, view counter, footer (主办/承办, ICP and 公安 filing numbers, site identifier), “联系我们 | 友情链接 | 站点地图”. None of it is report content (art. 50 of the regulation); delete it before publishing.\n\n' +
      'Wrong: “您当前所在的位置：首页 > 政务公开 > 年度报告”, “分享到：”, “浏览量：-” around the title and “粤ICP备05083207号-1”, “粤公网安备 44010502000066号” at the end. Right: those lines deleted; the report runs from its title to its signature.\n\n' +
      'The metadata table a disclosure page prints above the article (索引号, 主题分类, 发布机构, 成文日期, 公开日期, 文号, 关键词, 有效性 …; tab- or pipe-separated cells after copying, labels possibly spaced out as 索 引 号 or written in brackets, [ 索引号 ] …, or one bare label a line with the values left empty, 索 引 号 / 发布机构 / 文  号, or the values alone, one a line, 113701243072282028/2025-6626482 / 县卫生健康局 / 2025-01-15) is chrome too, reported line by line; a lone 公开方式, 文号 or 发布日期 line is not, only beside a 索引号/发布机构 line. A metadata line holding a date or the report name is left out of fix-all.\n\n' +
      'HTML markup left in the text (tags such as <p>, </span>, <font>; entities such as &nbsp; or &ldquo; inside a sentence) is reported too, and only the markup is removed; markup of an HTML table, &nbsp; indenting a Markdown paragraph at the line start and <br> in table cells are not; a hijacked mirror\'s hidden elements with attributes (<legend id="h4sia">) are. A copying site\'s domain put in place of a place\'s or an organ\'s name (puroview.com沙头镇人民政府) is reported too (no fix: restore the name).\n\n' +
      'Only lines made entirely of page elements are reported (except the page toolbar run on after the title, 2012年某局政府信息公开年报 保护视力色: 默认 【字体: 打印本页 关闭窗口, where only the toolbar is reported and removed; a document-mirror watermark run onto the end of a line such as a heading, 一、总体情况 公文汇 www.gongwenhui.com, or into the text, 第一某某之家—全网资源每日更新www.example.com责任人: only the watermark is reported and removed; and a view counter\'s empty label run into the opening sentence, 访问次数:2024年，……: only the label is), never prose that mentions 访问量 or 联系我们. A lone word such as 相关文章 or 联系我们 is a hint (info) unless it sits with other chrome. The quick-fix deletes the line; a 发布日期/来源 line is chrome too, but its date may matter, so fix-all leaves it: move the date into the signature first.',
  },
  basis: '《中华人民共和国政府信息公开条例》第五十条（年度报告的内容）',
  check(ctx) {
    const a = ctx.analysis;
    const lineCount = a.doc.lines.lineCount;
    // (Offsets a line, each line's text cut when read: not an object and a slice for each line.)
    const spans = TrimmedLines.of(a);
    // The lines as the readers read them (a page in Traditional script: 首頁 > 瀏覽次數 in Simplified,
    // same offsets) to tell chrome; the messages quote `spans`, the lines as written.
    const read = a.doc.read;
    const reads = spans.over(read);
    // The whole read text, made when a pattern over the whole text is tried (read-text.ts).
    let copy: string | undefined;
    const whole = () => (copy ??= read.whole());
    const chrome: (ChromeLine | null)[] = new Array(lineCount);
    // The read lines' own chrome readings (line-chrome.ts), shared with the title finder's: doc.readLines
    // are the read text's lines, and the reading keeps every white-space unit where it is, so a read
    // line trimmed is `reads.text`.
    const readChrome = chromeLines(a.doc.readLines);
    // A file-name line first or last is artifact-ocr's (it may keep the name as the title).
    const filled: number[] = [];
    for (let l = 0; l < lineCount; l++) {
      chrome[l] = reads.filled(l) ? readChrome.at(l) : null;
      if (spans.filled(l)) filled.push(l);
    }
    for (const l of [filled[0], filled[filled.length - 1]]) if (l !== undefined && chrome[l]?.fileName) chrome[l] = null;
    joinLabelValues(reads, chrome);
    joinHeaderLabels(reads, chrome);
    joinBareOrgan(reads, chrome);
    const valueTails = joinWrappedName(reads, chrome);
    // A lone separator (|) above everything else: the remains of a page's header bar, not a table cell.
    const top = filled[0];
    if (top !== undefined && !chrome[top] && /^[|│¦]+$/.test(spans.text(top).replace(/\s+/g, '')) && !a.doc.tableLines.has(top)
      && (filled[1] === undefined || !a.doc.tableLines.has(filled[1]))) {
      chrome[top] = { tier: 'strong', zh: '孤立的分隔符', en: 'stray separator' };
    }
    // A line of nothing but a long run of pipes (||||…, hundreds of them): a web table's empty cells
    // around the title, never a row of the report's tables.
    for (let l = 0; l < lineCount; l++) {
      if (chrome[l] || a.doc.tableLines.has(l) || spans.end(l) - spans.start(l) < 20) continue;
      if (/^[|│¦]{20,}$/.test(spans.text(l).replace(/\s+/g, ''))) chrome[l] = { tier: 'strong', zh: '成串的竖线', en: 'run of pipes' };
    }
    // The same run after a line's text (洪川镇…年度报告 | ||||…, 2025年01月20日 (点击: ) | ||||…): a line
    // that is chrome without it is chrome; otherwise only the run is debris (trailingPipes below).
    const piped = trailingPipeRuns(a, spans, reads);
    for (const [l, at] of piped) {
      const c = chrome[l] ?? classifyChrome(reads.text(l).slice(0, at - spans.start(l)).trim());
      if (c) { chrome[l] = c; piped.delete(l); }
    }
    // The site's menu at the top of the text (• 移动门户 / • 微信 one a line): certain chrome, and so a
    // block with it makes the toolbar words beside it (• 无障碍阅读) certain too.
    // (The work text: a menu's no-break spaces read as spaces.)
    for (const k of topMenuOf(a.doc.readLines)) {
      // (A 微信 button read alone is a toolbar word beside chrome: in the menu it is the menu's.)
      if (!chrome[k] || chrome[k]!.tier === 'support') chrome[k] = { tier: 'strong', zh: '网站栏目菜单', en: 'site menu' };
    }
    // A block is a run of chrome lines, blank lines between them allowed. A bare word such
    // as 相关文章 is certain chrome when the block also holds an item that is never report text.
    for (let l = 0; l < lineCount; ) {
      if (!chrome[l]) { l++; continue; }
      let end = l;
      for (let k = l; k < lineCount; k++) {
        if (chrome[k]) end = k;
        else if (spans.filled(k)) break;
      }
      const strongBlock = chrome.slice(l, end + 1).some((c) => c?.tier === 'strong');
      // A bare 公开方式 / 文号 / 发布日期 cell is page metadata only beside a 索引号-style line: a
      // report's own closing lines (公开方式：主动公开) may sit just above the site footer.
      // (Or beside another strong label alone on its line: 索 引 号 / 发布机构 / 文  号, the table copied one
      // cell a line with its values empty.)
      // (Certain, as a row of two such labels is: no report line is a bare 索引号.)
      const bareBlock = chrome.slice(l, end + 1).filter((c) => c?.bareLabel).length >= 2;
      const metaBlock = bareBlock || chrome.slice(l, end + 1).some((c) => c?.tier === 'strong' && c.pageMeta);
      for (let k = l; k <= end; k++) {
        const c = chrome[k];
        if (!c || valueTails.has(k)) continue;
        if (c.tier === 'support' && !(c.pageMeta ? metaBlock : strongBlock)) continue;
        const certain = c.tier === 'strong' || strongBlock || (bareBlock && !!c.pageMeta);
        // (A 名称 value wrapped onto the next line: one finding over both lines.)
        const tail = valueTails.has(k + 1) ? k + 1 : k;
        const span = tail > k ? { start: spans.start(k), end: spans.end(tail), text: spans.text(k) + spans.text(tail) } : spans.at(k);
        const shown = excerpt(span.text, 30);
        // (A page header's line has a date worth moving only when it holds one: - 发布机构: left empty has none.
        // Its fix stays one to confirm all the same.)
        const keep = c.keep ?? (c.tier === 'meta' && /(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}/.test(span.text) ? { zh: '其中的发布日期如需保留，请写入落款', en: 'move its date into the signature first if it matters' } : undefined);
        const keepZh = keep ? `；${keep.zh}` : '';
        ctx.report({
          start: span.start,
          end: span.end,
          severity: certain ? 'warning' : 'info',
          message: certain
            ? `网页残留（${c.zh}）：“${shown}”不属于报告内容，应删除${tail > k ? '这两行' : '此行'}${keepZh}`
            : `疑似网页残留（${c.zh}）：“${shown}”不像报告内容，请核对后删除`,
          messageEn: certain
            ? `Web-page chrome (${c.en}): “${shown}” is not report content; delete ${tail > k ? 'the two lines' : 'the line'}${keep ? `; ${keep.en}` : ''}`
            : `Possibly web-page chrome (${c.en}): “${shown}”; check and delete`,
          // Safe only for pure chrome that holds nothing the author may want.
          fix: { title: tail > k ? '删除这两行' : '删除此行', edits: tail > k ? [{ ...deleteLineEdit(a, k), end: deleteLineEdit(a, tail).end }] : [deleteLineEdit(a, k)], safe: certain && !c.keep && c.tier !== 'meta' },
        });
      }
      l = end + 1;
    }
    // A report pasted on one line: the page's header fields and toolbar words among the pieces of its head.
    for (const f of flatHeadChrome(a)) {
      if (chrome[a.doc.lines.lineAt(f.start)]) continue;
      const shown = excerpt(a.doc.text.slice(f.start, f.end), 30);
      const certain = f.item.tier === 'strong';
      ctx.report({
        start: f.start,
        end: f.end,
        severity: certain ? 'warning' : 'info',
        message: certain
          ? `网页残留（${f.item.zh}）：“${shown}”不属于报告内容，应删除`
          : `疑似网页残留（${f.item.zh}）：“${shown}”不像报告内容，请核对后删除`,
        messageEn: certain
          ? `Web-page chrome (${f.item.en}): “${shown}” is not report content; delete it`
          : `Possibly web-page chrome (${f.item.en}): “${shown}”; check and delete`,
        fix: { title: `删除“${shown}”`, edits: [{ start: f.start, end: f.end, newText: '' }], safe: false },
      });
    }
    // A mirror site's watermark run onto the end of a report line (a heading): only the watermark is debris.
    for (let k = 0; k < lineCount; k++) {
      const span = spans.at(k);
      if (chrome[k] || !span.text || span.text.length > 300) continue;
      const m = TRAILING_WATERMARK.exec(reads.text(k));
      if (!m) continue;
      const start = span.start + m.index;
      const shown = span.text.slice(m.index, m.index + m[0].length).trim();
      ctx.report({
        start: start + (m[0].length - m[0].trimStart().length),
        end: span.end,
        message: `网页残留（文档站水印）：行末的“${shown}”不属于报告内容，应删除`,
        messageEn: `Web-page chrome (document-mirror watermark): “${shown}” at the end of the line is not report content; delete it`,
        fix: { title: `删除“${shown}”`, edits: [{ start, end: span.end, newText: '' }], safe: true },
      });
    }
    // A view counter's empty label run into the text's first line (访问次数:2024年，……): only the label goes.
    for (let k = 0; k < lineCount && k < 40; k++) {
      const span = spans.at(k);
      if (chrome[k] || !span.text || a.doc.tableLines.has(k)) continue;
      const m = LEADING_COUNTER.exec(reads.text(k));
      if (!m) continue;
      // (The span is the line without its indentation.)
      const start = span.start + (m[0].length - m[0].trimStart().length);
      const end = span.start + m[0].length;
      const shown = a.doc.text.slice(start, end).trim();
      ctx.report({
        start,
        end,
        message: `网页残留（浏览计数）：行首的“${shown}”不属于报告内容，应删除`,
        messageEn: `Web-page chrome (view counter): “${shown}” at the start of the line is not report content; delete it`,
        fix: { title: `删除“${shown}”`, edits: [{ start, end, newText: '' }], safe: true },
      });
    }
    // A run of pipes after a line's text: only the run goes.
    for (const [l, start] of piped) {
      const end = spans.end(l);
      const shown = excerpt(a.doc.work.slice(start, end).trim(), 12);
      ctx.report({
        start: start + (a.doc.work.slice(start, end).length - a.doc.work.slice(start, end).trimStart().length),
        end,
        message: `网页残留（成串的竖线）：行末的“${shown}”不属于报告内容，应删除`,
        messageEn: `Web-page chrome (run of pipes): “${shown}” at the end of the line is not report content; delete it`,
        fix: { title: '删除行末的竖线', edits: [{ start, end, newText: '' }], safe: true },
      });
    }
    // The page's toolbar run on after the title (…政府信息公开年报 保护视力色: 默认 【字体: 打印本页 关闭窗口):
    // only the toolbar goes. (Among the first lines: a title's place.)
    for (const k of filled.slice(0, 6)) {
      if (chrome[k] || piped.has(k)) continue;
      const at = toolbarAfterTitle(reads.text(k));
      if (at < 0) continue;
      const start = spans.start(k) + at;
      const shown = excerpt(spans.text(k).slice(at), 30);
      const cut = start - (spans.text(k).slice(0, at).length - spans.text(k).slice(0, at).trimEnd().length);
      ctx.report({
        start,
        end: spans.end(k),
        message: `网页残留（网页工具栏）：标题后的“${shown}”不属于报告内容，应删除`,
        messageEn: `Web-page chrome (page toolbar): “${shown}” after the title is not report content; delete it`,
        fix: { title: '删除标题后的网页工具栏', edits: [{ start: cut, end: spans.end(k), newText: '' }], safe: true },
      });
    }
    // A watermark run into the text (…第一秘书之家—全网资源每日更新www.mishuzj.com责任人…): only the watermark goes.
    if (/www\./i.test(a.doc.work)) {
      for (const [start, end] of runInWatermarks(whole())) {
        if (chrome[a.doc.lines.lineAt(start)]) continue;
        const shown = a.doc.work.slice(start, end).trim();
        ctx.report({
          start,
          end,
          message: `网页残留（文档站水印）：夹在正文中的“${shown}”不属于报告内容，应删除`,
          messageEn: `Web-page chrome (document-mirror watermark): “${shown}” inside the text is not report content; delete it`,
          fix: { title: `删除“${shown}”`, edits: [{ start, end, newText: '' }], safe: true },
        });
      }
    }
    // HTML tags and entities left as text (<p>, </span>, 我局&nbsp;全年): only the markup goes.
    for (const m of markupDebris(a)) {
      if (chrome[a.doc.lines.lineAt(m.start)]) continue;
      const shown = excerpt(m.text, 30);
      const entity = m.text.startsWith('&');
      ctx.report({
        start: m.start,
        end: m.end,
        message: `网页残留（HTML 标记）：“${shown}”是网页源码，不属于报告内容，应删除`,
        messageEn: `Web-page debris (HTML markup): “${shown}” is page source, not report content; delete it`,
        // An entity may stand for a space or a mark the author meant: the fix needs a look.
        fix: { title: `删除“${shown}”`, edits: [{ start: m.start, end: m.end, newText: '' }], safe: !entity },
      });
    }
    // A mirror's domain in place of a place's or an organ's name (puroview.com沙头镇人民政府): the name
    // it replaced is unknown, so there is no fix.
    // (No domain in the work text, no domain in the read text when they differ at no ASCII unit.)
    const swaps = read.asciiAsWork && !mayHaveDomain(a.doc.work) ? [] : domainSwaps(whole());
    // (A document site's watermark run into the text ends in its domain too: reported above as the watermark.)
    const marks = swaps.length && /www\./i.test(whole()) ? runInWatermarks(whole()) : [];
    for (const d of swaps) {
      if (chrome[a.doc.lines.lineAt(d.start)] || marks.some(([s, e]) => s < d.end && e > d.start)) continue;
      ctx.report({
        start: d.start,
        end: d.end,
        message: `网页残留（镜像站域名）：“${d.text}”是转载网站换上的域名，替换了原来的地名或机关名称，应改回原名`,
        messageEn: `Web-page debris (mirror domain): “${d.text}” is a copying site's domain put in place of a place's or an organ's name; restore the name`,
      });
    }
  },
};

// Pinyin left by a script converter after characters: 落實(shí), 習(xí)近平. Some online
// Simplified↔Traditional converters annotate the characters they changed; the annotations
// then end up in the published report. Report text uses 规范汉字 without phonetic notes
// (《中华人民共和国国家通用语言文字法》第九条; 第十八条 reserves 《汉语拼音方案》 for
// spelling and notation, not for running text).
import type { Rule } from './rule';
import { mayHavePinyin, PINYIN_ANNOTATION } from '../text/normalize';
import { paragraphTargets, wrapTargets } from '../model/prose-wrap';

/**
 * Fewer annotations than this in the whole draft are taken as deliberate (a rare place name
 * such as 亳(bó)州 explained once or twice); converter debris comes by the hundred.
 */
const MIN_ANNOTATIONS = 3;

export const artifactConversion: Rule = {
  id: 'artifact-conversion',
  formats: 'all',
  defaultSeverity: 'warning',
  title: { zh: '转换工具残留的拼音', en: 'Pinyin left by a script converter' },
  description: {
    zh: '部分在线繁简转换工具会在转换过的字后面加上带声调的拼音，复制时一并带入报告。正文中的这些注音应全部删除。\n\n' +
      '错误示例：“深入貫徹落實(shí)習(xí)近平總書記系列重要講話”；正确示例：“深入贯彻落实习近平总书记系列重要讲话”（删除注音后，再按“使用繁体字”的提示转换为简体）。\n\n' +
      '每行（从 PDF 复制、按页宽折行的段落则每段）只报告一次；快速修复删除该行（段）全部注音，“全部修复”即清除全文。全文只有一两处注音的（如为生僻地名注音“亳(bó)州”），视为有意为之，不报告；“(一)”“(a)”等编号不是注音。',
    en: 'Some online script converters put toned pinyin after every character they changed, and it is copied into the report. Delete these annotations.\n\n' +
      'Wrong: “深入貫徹落實(shí)習(xí)近平總書記系列重要講話”. Right: “深入贯彻落实习近平总书记系列重要讲话” (once the annotations are gone, convert to Simplified as script-traditional says).\n\n' +
      'One finding per line (per paragraph where a PDF copy wraps it at the page width); its quick-fix removes the line\'s (paragraph\'s) annotations, and fix-all clears the draft. One or two annotations in a whole draft (a rare place name, 亳(bó)州) are taken as deliberate; numbering such as (一) or (a) is not pinyin.',
  },
  basis: '《中华人民共和国国家通用语言文字法》第九条（国家机关以规范汉字为公务用字）',
  check(ctx) {
    const a = ctx.analysis;
    const hits = mayHavePinyin(a.doc.work) ? [...a.doc.work.matchAll(PINYIN_ANNOTATION)] : [];
    if (hits.length < MIN_ANNOTATIONS) return;
    // One finding per paragraph: the lines of a paragraph wrapped at the page width (PDF text) are
    // one, so a PDF copy is not reported once for each of its printed lines.
    const head = paragraphHeads(ctx.analysis);
    const byLine = new Map<number, RegExpExecArray[]>();
    for (const h of hits) {
      const line = head[a.doc.lines.lineAt(h.index)];
      const list = byLine.get(line);
      if (list) list.push(h as RegExpExecArray);
      else byLine.set(line, [h as RegExpExecArray]);
    }
    for (const [, list] of byLine) {
      const first = list[0];
      const last = list[list.length - 1];
      const one = a.doc.lines.lineAt(first.index) === a.doc.lines.lineAt(last.index);
      // The annotated character and the one before it, if on the same line.
      const before = /[^\r\n]{0,2}$/.exec(a.doc.text.slice(Math.max(0, first.index - 2), first.index))![0];
      const example = before + first[0];
      ctx.report({
        start: first.index,
        end: last.index + last[0].length,
        message: `本${one ? '行' : '段'}有 ${list.length} 处转换工具留下的拼音注音（如“${example}”），应删除`,
        messageEn: `${list.length} pinyin annotation(s) left by a script converter in this ${one ? 'line' : 'paragraph'} (e.g. “${example}”); delete them`,
        fix: {
          title: one ? '删除本行的拼音注音' : '删除本段的拼音注音',
          edits: list.map((h) => ({ start: h.index, end: h.index + h[0].length, newText: '' })),
          safe: true,
        },
      });
    }
  },
};

/** For every line, the first line of its paragraph: lines a wrapped sentence or paragraph runs on to share it. */
function paragraphHeads(a: Parameters<Rule['check']>[0]['analysis']): Int32Array {
  const wrap = wrapTargets(a);
  const para = paragraphTargets(a);
  const n = wrap.length;
  const head = new Int32Array(n);
  for (let l = 0; l < n; l++) head[l] = l;
  for (let l = 0; l < n; l++) {
    const next = wrap[l] >= 0 ? wrap[l] : para[l];
    if (next > l && next < n) head[next] = head[l];
  }
  return head;
}

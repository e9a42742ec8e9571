// Artifact faults injected into clean generated drafts, one per rule of the artifacts group
// (artifact-web, artifact-spam, artifact-conversion, artifact-ocr, script-traditional): the
// debris of copying a report from a web page, a hacked page, a script converter or a PDF.
// Each names the 0-based line where its rule must report.
import { normalize } from '../../server/src/core/text/normalize';
import { SPAM_CONTEXT } from '../../server/src/core/rules/artifact-spam';
import type { Draft } from './drafts';
import type { Fault, Mutation } from './mutations';

/** The draft's lines, an edit, and the text joined back with the draft's line ends. */
function edit(d: Draft, f: (lines: string[]) => void): string {
  const lines = d.text.split(d.eol);
  f(lines);
  return lines.join(d.eol);
}

/** Index of the last non-blank line. */
function lastLine(lines: string[]): number {
  let l = lines.length - 1;
  while (l > 0 && lines[l].trim() === '') l--;
  return l;
}

function proseLines(d: Draft): number[] {
  return d.lines.sectionIds().flatMap((id) => d.lines.prose(id));
}

const isHan = (c: string) => /[\u3400-\u9fff]/.test(c);

/** Chrome as pasted from government sites: at the top of the page, or in its footer. */
const HEADER_CHROME = [
  '您当前所在的位置：首页 > 政务公开 > 政府信息公开年报',
  '当前位置：首页 » 信息公开 » 年度报告',
  '分享到：',
  '浏览次数：1024',
  '【字体：大 中 小】【打印】【关闭】',
  '索引号：11330100/2024-00012',
  '扫一扫在手机打开当前页',
];
const FOOTER_CHROME = [
  '联系我们 | 友情链接 | 站点地图',
  '粤ICP备05083207号-1',
  '京公网安备 11010502030143号',
  '网站标识码：4401050003',
  '访问总数：-人次',
  '主办单位：某某市人民政府办公室',
  '技术支持：某某网络科技有限公司',
  '【打印本页】【关闭窗口】',
];
/** Spam phrases as planted by hacked pages. */
const SPAM = ['澳门皇冠：', '真人娱乐', '【百家乐】', '线上娱乐城', '体育投注', '澳门新葡京', '亚博体育', '开元棋牌', '金沙娱乐', 'bet365'];
const PINYIN = ['(shí)', '(xí)', '(guó)', '(wù)', '(zhèng)', '(gōng)', '(kāi)', '(qíng)'];

type Converter = (s: string) => string;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js') as { Converter(o: { from: string; to: string }): Converter };
const toTraditional = new Map<string, Converter>();
function traditional(variant: 'tw' | 'hk'): Converter {
  let c = toTraditional.get(variant);
  if (!c) toTraditional.set(variant, (c = OpenCC.Converter({ from: 'cn', to: variant })));
  return c;
}

export const MUTATIONS: Mutation[] = [
  {
    rule: 'artifact-web',
    applies: () => true,
    apply(d, rng) {
      // A header item right under the title, or a footer item after the signature.
      const top = rng.chance(0.5);
      const chrome = d.convert(rng.pick(top ? HEADER_CHROME : FOOTER_CHROME));
      let line = -1;
      const text = edit(d, (ls) => {
        line = top ? 1 : lastLine(ls) + 1;
        ls.splice(line, 0, chrome);
      });
      return { text, rule: this.rule, line, what: `pasted “${chrome}” ${top ? 'under the title' : 'at the end'}` };
    },
  },
  {
    rule: 'artifact-spam',
    applies: (d) => proseLines(d).length > 0,
    apply(d, rng): Fault {
      const spam = d.convert(rng.pick(SPAM));
      for (const line of rng.sample(proseLines(d), 50)) {
        const t = d.text.split(d.eol)[line];
        // Planted mid-sentence: after a clause stop, before a clause that does not report
        // enforcement (where the rule rightly keeps quiet).
        const stops = [...t.matchAll(/[，。；]/g)].map((m) => m.index + 1).filter((p) => p < t.length && isHan(t[p]));
        const at = rng.sample(stops, stops.length).find((p) => !SPAM_CONTEXT.test(normalize(t.slice(p).split(/[，。；]/)[0])));
        if (at === undefined) continue;
        const text = edit(d, (ls) => { ls[line] = t.slice(0, at) + spam + t.slice(at); });
        return { text, rule: this.rule, line, what: `planted “${spam}” at column ${at}` };
      }
      throw new Error('no clause to plant spam in');
    },
  },
  {
    rule: 'artifact-conversion',
    applies: (d) => proseLines(d).length > 0,
    apply(d, rng) {
      const line = rng.pick(proseLines(d));
      const t = d.text.split(d.eol)[line];
      const han = [...t].map((c, i) => (isHan(c) ? i : -1)).filter((i) => i >= 0);
      // Converters annotate many characters of a line: at least three, so it is debris.
      const at = new Set(rng.sample(han, rng.int(3, 6)));
      let out = '';
      for (let i = 0; i < t.length; i++) out += t[i] + (at.has(i) ? rng.pick(PINYIN) : '');
      const text = edit(d, (ls) => { ls[line] = out; });
      return { text, rule: this.rule, line, what: `annotated ${at.size} characters with pinyin` };
    },
  },
  {
    rule: 'artifact-ocr',
    applies: () => true,
    apply(d) {
      // The PDF's file name, left as the last line of the extract.
      const title = d.text.split(d.eol)[d.lines.title].replace(/^#+\s*/, '');
      const name = `${title}.pdf`;
      let line = -1;
      const text = edit(d, (ls) => {
        line = lastLine(ls) + 1;
        ls.splice(line, 0, name);
      });
      return { text, rule: this.rule, line, what: `appended the file name “${name}”` };
    },
  },
  {
    rule: 'script-traditional',
    applies: (d) => d.script === 'simplified',
    apply(d, rng) {
      // The whole draft through a converter, as when it is copied from a site's 繁體 version.
      const conv = traditional(rng.pick(['tw', 'hk'] as const));
      const text = d.text.split(d.eol).map((l) => conv(l)).join(d.eol);
      return { text, rule: this.rule, line: d.lines.title, what: 'converted the draft to Traditional' };
    },
  },
];

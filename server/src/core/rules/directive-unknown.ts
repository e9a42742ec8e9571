// directive-unknown: a govreport directive that names something that does not exist, as
// ESLint reports "Definition for rule … was not found". Every directive form is read:
// `<!-- govreport-disable RULE … -->` (and -enable, -disable-line, -disable-next-line,
// -disable-file), the `// govreport-…` line comment of .txt drafts, and the kind pin
// `<!-- govreport-kind: KIND -->`. Reported: a rule id that is no rule (a typo silences nothing),
// a verb that is no verb (govreport-disable-nextline is read as govreport-disable, which silences
// every rule from there on), and a kind that is no kind (the pin is then ignored). The closest
// valid name is named, and a quick fix (to be confirmed) puts it in. Words after ` -- ` are a
// free explanation, as in ESLint, and are not rule ids.
import { FORMAT_IDS } from '../types';
import type { Fix } from '../types';
import type { Rule, RuleContext } from './rule';
import { DIRECTIVE_VERBS } from '../../../../shared/directives';

const VERBS = DIRECTIVE_VERBS;
/** Only so much of one comment is read: a directive is short, a stray comment may be anything. */
const MAX_COMMENT = 2000;
/** A directive head: the comment opener, then govreport- and its word. */
const HEAD_RE = /^(?:<!--|\/\/)[ \t]*govreport-([A-Za-z0-9_-]*)/;
const ID_LIKE = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Levenshtein distance, two rows; both strings are short ids. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The valid name closest to `word` (case ignored), when it is close enough to be meant:
 * at most a third of the word's length changed (at least 2 edits allowed); ties go to the first.
 */
export function closestName(word: string, names: readonly string[]): string | undefined {
  const w = word.toLowerCase().replace(/_/g, '-');
  let best: string | undefined;
  let bestD = Infinity;
  for (const n of names) {
    const d = editDistance(w, n);
    if (d < bestD) {
      bestD = d;
      best = n;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(w.length / 3)) ? best : undefined;
}

function replaceFix(start: number, end: number, name: string): Fix {
  return { title: `改为 ${name}`, titleEn: `Change to ${name}`, edits: [{ start, end, newText: name }], safe: false };
}

function reportName(ctx: RuleContext, start: number, word: string, names: readonly string[], what: { zh: string; en: string }, prefix = ''): void {
  const near = closestName(word, names);
  const shown = prefix + word;
  ctx.report({
    start,
    end: start + word.length,
    message: near ? `${what.zh} ${shown} 不存在，是否指 ${prefix}${near}？` : `${what.zh} ${shown} 不存在`,
    messageEn: near ? `unknown ${what.en} ${shown}; did you mean ${prefix}${near}?` : `unknown ${what.en} ${shown}`,
    ...(near ? { fix: replaceFix(start, start + word.length, near) } : {}),
  });
}

export const directiveUnknown: Rule = {
  id: 'directive-unknown',
  formats: 'all',
  withoutKind: true,
  // A directive must not hide its own mistake (govreport-disable-nextline silences its own line).
  notSilenced: true,
  defaultSeverity: 'warning',
  title: { zh: '指令中的规则或类型不存在', en: 'Unknown name in a directive' },
  description: {
    zh: '`<!-- govreport-disable … -->` 等指令（包括 .txt 草稿中的 `// govreport-…` 行注释和 `govreport-kind:` 类型指令）写了不存在的规则编号、指令名或报告类型。'
      + '规则编号写错时，指令不会停用任何规则；指令名写错时（例如 govreport-disable-nextline），可能被读作 govreport-disable，从此处起停用全部规则；类型写错时，类型指令被忽略。'
      + '提示中给出最接近的有效名称，快速修复（需确认）将其替换。需要说明原因时，写在 ` -- ` 之后，例如 `<!-- govreport-disable-line table-unit -- 原表如此 -->`。',
    en: 'A `<!-- govreport-disable … -->` directive (also the `// govreport-…` line comment of .txt drafts and the `govreport-kind:` pin) names a rule, a directive or a report kind that does not exist. '
      + 'A misspelt rule id silences nothing; a misspelt directive (govreport-disable-nextline) may be read as govreport-disable and silence every rule from there on; a misspelt kind makes the pin ignored. '
      + 'The closest valid name is given, and the quick fix (to be confirmed) puts it in. Put an explanation after ` -- `, e.g. `<!-- govreport-disable-line table-unit -- as in the original -->`.',
  },
  basis: 'GovReport 指令语法（参照 ESLint 的禁用注释）',
  examples: {
    wrong: '| 本年新制作数量 | 12 | <!-- govreport-disable-line table-units -->',
    right: '| 本年新制作数量 | 12 | <!-- govreport-disable-line table-unit -->',
    note: '规则编号 table-units 不存在（应为 table-unit），这条指令不停用任何规则。',
  },
  check(ctx) {
    const { doc } = ctx.analysis;
    const text = doc.text;
    const ruleIds = ctx.ruleIds;
    const known = new Set(ruleIds);
    for (const [from, to] of doc.directives.commentRanges) {
      const raw = text.slice(from, Math.min(to, from + MAX_COMMENT));
      const head = HEAD_RE.exec(raw);
      if (!head) continue;
      const word = head[1];
      const wordStart = from + head[0].length - word.length;
      let rest = raw.slice(head[0].length);
      if (raw.startsWith('<!--') && rest.endsWith('-->')) rest = rest.slice(0, -3);
      if (word === 'kind') {
        const k = /^[ \t]*:[ \t]*([A-Za-z0-9_-]+)/.exec(rest);
        if (!k || (FORMAT_IDS as readonly string[]).includes(k[1])) continue;
        const at = from + head[0].length + k[0].length - k[1].length;
        reportName(ctx, at, k[1], FORMAT_IDS, { zh: '报告类型', en: 'report kind' });
        continue;
      }
      if (!(VERBS as readonly string[]).includes(word)) {
        if (!word) continue;
        reportName(ctx, wordStart, word, [...VERBS, 'kind'], { zh: '指令', en: 'directive' }, 'govreport-');
        continue;
      }
      // The rule list, up to the explanation after a lone `--`.
      const cut = /(?:^|\s)--(?=\s|$)/.exec(rest);
      const list = cut ? rest.slice(0, cut.index) : rest;
      const base = from + head[0].length;
      for (const t of list.matchAll(/[^\s,，]+/g)) {
        const token = t[0];
        if (!ID_LIKE.test(token) || known.has(token)) continue;
        reportName(ctx, base + (t.index ?? 0), token, ruleIds, { zh: '规则', en: 'rule' });
      }
    }
  },
};

// Inline directives. The same HTML-comment form works in .md and .txt
// (`<!-- govreport-disable table-unit -->`); .txt drafts may also use a line
// comment `// govreport-disable table-unit`. Also the kind pin:
// `<!-- govreport-kind: gov-info-2021 -->` or front matter `govreport-kind: …`.
import { LineMap } from '../text/line-map';

export type DirectiveVerb = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

export interface Directive {
  verb: DirectiveVerb;
  /** Rule ids; empty means every rule. */
  rules: string[];
  line: number;
  start: number;
  end: number;
}

export interface DirectiveScan {
  directives: Directive[];
  kindPin: { value: string; start: number; end: number } | null;
  /** Ranges of comment text, blanked out before parsing tables and prose. */
  commentRanges: [number, number][];
}

const COMMENT_RE = /<!--([\s\S]*?)-->/g;
const LINE_COMMENT_RE = /^[ \t]*\/\/[ \t]*(govreport-[^\r\n]*)$/gm;
const VERB_RE = /^govreport-(disable-next-line|disable-line|disable-file|disable|enable)\b(.*)$/s;
const KIND_RE = /^govreport-kind\s*:\s*([a-z0-9-]+)/;

export function scanDirectives(text: string, lines: LineMap): DirectiveScan {
  const directives: Directive[] = [];
  const commentRanges: [number, number][] = [];
  let kindPin: DirectiveScan['kindPin'] = null;
  const take = (body: string, start: number, end: number) => {
    const b = body.trim();
    const k = KIND_RE.exec(b);
    if (k && !kindPin) kindPin = { value: k[1], start, end };
    const m = VERB_RE.exec(b);
    if (!m) return;
    // Words after a lone `--` explain the directive (as in ESLint); they are not rule ids.
    const cut = /(?:^|\s)--(?=\s|$)/.exec(m[2]);
    const rules = (cut ? m[2].slice(0, cut.index) : m[2]).split(/[\s,，]+/).map((s) => s.trim()).filter((s) => /^[a-z][a-z0-9-]*$/.test(s));
    directives.push({ verb: m[1] as DirectiveVerb, rules, line: lines.lineAt(start), start, end });
  };
  for (const m of text.matchAll(COMMENT_RE)) {
    const start = m.index ?? 0;
    commentRanges.push([start, start + m[0].length]);
    take(m[1], start, start + m[0].length);
  }
  for (const m of text.matchAll(LINE_COMMENT_RE)) {
    const start = (m.index ?? 0) + m[0].indexOf('//');
    commentRanges.push([start, (m.index ?? 0) + m[0].length]);
    take(m[1], start, (m.index ?? 0) + m[0].length);
  }
  // Front matter at the very top: ---\n govreport-kind: x \n---
  const fm = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (fm) {
    commentRanges.push([0, fm[0].length]);
    const k = /^(?:govreport-kind|govreport|kind)\s*:\s*["']?([a-z0-9-]+)/m.exec(fm[1]);
    if (k && !kindPin) kindPin = { value: k[1], start: 0, end: fm[0].length };
  }
  return { directives, kindPin, commentRanges };
}

/** Returns a predicate telling whether a rule is silenced at a given line. */
export function suppressor(directives: Directive[], lineCount: number): (rule: string, line: number) => boolean {
  const fileOff = new Set<string>();
  const lineOff = new Map<number, Set<string>>();
  const blocks: { rules: string[]; from: number; to: number }[] = [];
  const open = new Map<string, number>();
  const add = (line: number, rules: string[]) => {
    let s = lineOff.get(line);
    if (!s) lineOff.set(line, (s = new Set()));
    for (const r of rules.length ? rules : ['*']) s.add(r);
  };
  for (const d of [...directives].sort((a, b) => a.start - b.start)) {
    const keys = d.rules.length ? d.rules : ['*'];
    switch (d.verb) {
      case 'disable-file': keys.forEach((k) => fileOff.add(k)); break;
      case 'disable-line': add(d.line, d.rules); break;
      case 'disable-next-line': add(d.line + 1, d.rules); break;
      case 'disable': keys.forEach((k) => { if (!open.has(k)) open.set(k, d.line); }); break;
      case 'enable':
        for (const k of d.rules.length ? keys : [...open.keys()]) {
          const from = open.get(k);
          if (from !== undefined) { blocks.push({ rules: [k], from, to: d.line }); open.delete(k); }
        }
        break;
    }
  }
  for (const [k, from] of open) blocks.push({ rules: [k], from, to: lineCount });
  return (rule, line) => {
    if (fileOff.has('*') || fileOff.has(rule)) return true;
    const s = lineOff.get(line);
    if (s && (s.has('*') || s.has(rule))) return true;
    return blocks.some((b) => line >= b.from && line <= b.to && (b.rules[0] === '*' || b.rules[0] === rule));
  };
}

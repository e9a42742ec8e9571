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
  return trackedSuppressor(directives, lineCount).silenced;
}

/** A disable directive (or one rule of its list) that silenced no finding. */
export interface UnusedDirective {
  directive: Directive;
  /** The rule of the list that silenced nothing; null for a directive without a list. */
  rule: string | null;
}

export interface TrackedSuppressor {
  silenced(rule: string, line: number): boolean;
  /** The disable directives (or rules of their lists) that silenced nothing so far, in text order. */
  unused(): UnusedDirective[];
}

/** suppressor() that also records which directive silenced what (ESLint's unused disable directives). */
export function trackedSuppressor(directives: Directive[], lineCount: number): TrackedSuppressor {
  /** One (directive, key) pair: a rule id or '*', and whether it silenced anything. */
  interface Entry { d: Directive; key: string; used: boolean }
  const entries: Entry[] = [];
  const entry = (d: Directive, key: string): Entry => {
    const e = { d, key, used: false };
    entries.push(e);
    return e;
  };
  const fileOff = new Map<string, Entry[]>();
  const lineOff = new Map<number, Map<string, Entry[]>>();
  const blocks: { e: Entry; from: number; to: number }[] = [];
  const open = new Map<string, { e: Entry; from: number }>();
  const push = <K>(m: Map<K, Entry[]>, k: K, e: Entry) => {
    const list = m.get(k);
    if (list) list.push(e);
    else m.set(k, [e]);
  };
  const addLine = (line: number, d: Directive) => {
    let m = lineOff.get(line);
    if (!m) lineOff.set(line, (m = new Map()));
    for (const k of d.rules.length ? d.rules : ['*']) push(m, k, entry(d, k));
  };
  for (const d of [...directives].sort((a, b) => a.start - b.start)) {
    const keys = d.rules.length ? d.rules : ['*'];
    switch (d.verb) {
      case 'disable-file': keys.forEach((k) => push(fileOff, k, entry(d, k))); break;
      case 'disable-line': addLine(d.line, d); break;
      case 'disable-next-line': addLine(d.line + 1, d); break;
      case 'disable': keys.forEach((k) => { if (!open.has(k)) open.set(k, { e: entry(d, k), from: d.line }); }); break;
      case 'enable':
        for (const k of d.rules.length ? keys : [...open.keys()]) {
          const o = open.get(k);
          if (o !== undefined) { blocks.push({ e: o.e, from: o.from, to: d.line }); open.delete(k); }
        }
        break;
    }
  }
  for (const [, o] of open) blocks.push({ e: o.e, from: o.from, to: lineCount });
  const mark = (list: Entry[] | undefined): boolean => {
    if (!list) return false;
    for (const e of list) e.used = true;
    return true;
  };
  return {
    silenced(rule, line) {
      let hit = mark(fileOff.get('*')) || false;
      hit = mark(fileOff.get(rule)) || hit;
      const s = lineOff.get(line);
      if (s) {
        hit = mark(s.get('*')) || hit;
        hit = mark(s.get(rule)) || hit;
      }
      for (const b of blocks) {
        if (line >= b.from && line <= b.to && (b.e.key === '*' || b.e.key === rule)) {
          b.e.used = true;
          hit = true;
        }
      }
      return hit;
    },
    unused() {
      return entries.filter((e) => !e.used).sort((a, b) => a.d.start - b.d.start).map((e) => ({ directive: e.d, rule: e.key === '*' ? null : e.key }));
    },
  };
}

// Inline directives, read with the one grammar the client and the server's fixes share
// (shared/directives.ts): disable/enable directives in HTML comments (.md and .txt) or `//` line
// comments (.txt), and the kind pin `<!-- govreport-kind: gov-info-2021 -->` or front matter
// `govreport-kind: …`.
import { LineMap } from '../text/line-map';
import { directiveComments, pinnedKind, verbOf } from '../../../../shared/directives';
import type { DirectiveVerb } from '../../../../shared/directives';

export type { DirectiveVerb };

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

export function scanDirectives(text: string, lines: LineMap): DirectiveScan {
  const directives: Directive[] = [];
  const commentRanges: [number, number][] = [];
  let kindPin: DirectiveScan['kindPin'] = null;
  for (const c of directiveComments(text)) {
    commentRanges.push([c.start, c.end]);
    const k = pinnedKind(c);
    if (k && !kindPin) kindPin = { value: k, start: c.start, end: c.end };
    const v = c.frontMatter ? null : verbOf(c.body);
    if (v) directives.push({ ...v, line: lines.lineAt(c.start), start: c.start, end: c.end });
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

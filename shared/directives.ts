// The grammar of GovReport's inline directives, one declaration for the reader and the writers:
// the core reads them (server/src/core/parse/directives.ts), the client writes and recognises the
// kind pin (client/src/text-edits.ts), the server's fixes write them. Imports nothing, so that
// the client bundles it without server code.
//
// Forms: an HTML comment in .md and .txt (`<!-- govreport-disable table-unit -->`), a line
// comment in .txt drafts (`// govreport-disable table-unit`), and the kind pin
// `<!-- govreport-kind: gov-info-2021 -->` or front matter at the very top (`govreport-kind: …`).

export type DirectiveVerb = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

/** Every directive word after `govreport-`: the verbs and `kind`. */
export const DIRECTIVE_VERBS: readonly DirectiveVerb[] = ['disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file'];

/** A rule id (kebab-case), as directives, settings and the rule pages name rules. */
export const RULE_ID = /^[a-z][a-z0-9-]*$/;

export const DISABLE_LINE_DIRECTIVE = 'govreport-disable-line';

const COMMENT_RE = /<!--([\s\S]*?)-->/g;
const LINE_COMMENT_RE = /^[ \t]*\/\/[ \t]*(govreport-[^\r\n]*)$/gm;
const VERB_RE = /^govreport-(disable-next-line|disable-line|disable-file|disable|enable)\b(.*)$/s;
const KIND_RE = /^govreport-kind\s*:\s*([a-z0-9-]+)/;
const FRONT_MATTER_RE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const FRONT_MATTER_KIND_RE = /^(?:govreport-kind|govreport|kind)\s*:\s*["']?([a-z0-9-]+)/m;

/** The kind pin as the editor writes it. */
export function kindDirective(kind: string): string {
  return `<!-- govreport-kind: ${kind} -->`;
}

/** A comment that may hold a directive: its body and its range [start, end) in the text. */
export interface DirectiveComment {
  body: string;
  start: number;
  end: number;
  /** Front matter at the very top (`---` … `---`): only a kind pin is read there. */
  frontMatter: boolean;
}

/**
 * The comments a directive may stand in, in reading order of the grammar: HTML comments, then
 * `// govreport-…` line comments (from the `//`), then front matter at the very top.
 */
export function* directiveComments(text: string): Generator<DirectiveComment> {
  for (const m of text.matchAll(COMMENT_RE)) {
    const start = m.index ?? 0;
    yield { body: m[1], start, end: start + m[0].length, frontMatter: false };
  }
  for (const m of text.matchAll(LINE_COMMENT_RE)) {
    const at = m.index ?? 0;
    yield { body: m[1], start: at + m[0].indexOf('//'), end: at + m[0].length, frontMatter: false };
  }
  const fm = FRONT_MATTER_RE.exec(text);
  if (fm) yield { body: fm[1], start: 0, end: fm[0].length, frontMatter: true };
}

/** The front matter at the very top of a text (with its closing line break), or null. */
export function frontMatterOf(text: string): string | null {
  return FRONT_MATTER_RE.exec(text)?.[0] ?? null;
}

/** The kind a comment pins (`govreport-kind: KIND`), or null. */
export function pinnedKind(c: Pick<DirectiveComment, 'body' | 'frontMatter'>): string | null {
  return (c.frontMatter ? FRONT_MATTER_KIND_RE.exec(c.body) : KIND_RE.exec(c.body.trim()))?.[1] ?? null;
}

/** The verb and rule ids of a disable/enable directive's comment body, or null for any other comment. */
export function verbOf(body: string): { verb: DirectiveVerb; rules: string[] } | null {
  const m = VERB_RE.exec(body.trim());
  if (!m) return null;
  // Words after a lone `--` explain the directive (as in ESLint); they are not rule ids.
  const cut = /(?:^|\s)--(?=\s|$)/.exec(m[2]);
  const rules = (cut ? m[2].slice(0, cut.index) : m[2]).split(/[\s,，]+/).map((s) => s.trim()).filter((s) => RULE_ID.test(s));
  return { verb: m[1] as DirectiveVerb, rules };
}

/** The first kind pin of a text, as the core reads it, or null. */
export function findKindPin(text: string): { value: string; start: number; end: number } | null {
  for (const c of directiveComments(text)) {
    const value = pinnedKind(c);
    if (value) return { value, start: c.start, end: c.end };
  }
  return null;
}

/** Whether a line holds a kind pin and nothing else (spaces and tabs aside). */
export function isKindDirectiveLine(line: string): boolean {
  const t = line.replace(/^[ \t]+|[ \t]+$/g, '');
  if (t.startsWith('<!--')) return t.indexOf('-->', 4) === t.length - 3 && pinnedKind({ body: t.slice(4, -3), frontMatter: false }) !== null;
  const m = /^\/\/[ \t]*(govreport-.*)$/.exec(t);
  return !!m && pinnedKind({ body: m[1], frontMatter: false }) !== null;
}

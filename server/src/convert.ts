// The one place where core data (UTF-16 offsets, plain findings and fixes) meets LSP types
// (line/character ranges, Diagnostic, WorkspaceEdit, MarkupContent). Pure functions only:
// no connection, no document manager, so every conversion is unit-tested on its own.
import {
  CompletionItem,
  CompletionItemKind,
  Diagnostic,
  DiagnosticSeverity,
  DocumentSymbol,
  FoldingRange,
  FoldingRangeKind,
  InlayHint,
  InsertTextFormat,
  MarkupContent,
  MarkupKind,
  Position,
  Range,
  SymbolKind,
  TextDocumentEdit,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import { Finding, Fix, LineMap, RuleInfo, Severity, RULE_DOC_BASE, ruleDocPath } from './core';
import type * as core from './core';
import { isLazyFix } from './core/engine/lazy-fix';
import { COMMANDS, DIAGNOSTIC_SOURCE } from '../../shared/protocol';
import { DISABLE_LINE_DIRECTIVE } from '../../shared/directives';
import type { HoverResult } from './core/features/hover';
import type { OutlineKind, OutlineSymbol } from './core/features/symbols';
import type { FoldRange } from './core/features/folding';
import type { InlayHintData } from './core/features/inlay-hints';
import type { CompletionItem as CoreCompletionItem } from './core/features/completion';

// `diagnostic.source` of everything GovReport publishes; our own fix-all kind (a sub-kind of
// `source.fixAll`, so `editor.codeActionsOnSave: {"source.fixAll": …}` picks it up); the inline
// directive that silences one rule on one line: declared once for client and server.
export { DIAGNOSTIC_SOURCE, FIX_ALL_KIND } from '../../shared/protocol';
export { DISABLE_LINE_DIRECTIVE } from '../../shared/directives';

/** Client-side command opening a rule's page; arguments: [ruleId, href]. */
export const OPEN_RULE_DOC_COMMAND = COMMANDS.openRuleDoc;

/**
 * What a diagnostic carries of its finding's fix: only the key to find it again, the finding's
 * index among the findings the diagnostics of that version were published from. The edits are
 * built when a code action asks for them (code-actions.ts), from the server's cached analysis of
 * that version: a whole-draft fix (script-traditional, engine/lazy-fix.ts) would otherwise put
 * hundreds of thousands of edits on every published version of a large Traditional draft.
 */
export interface DiagnosticFixKey {
  index: number;
}

/**
 * `diagnostic.data`. `version` is the document version the finding was computed for: a code
 * action takes the fix named by `fix` from the analysis of that version only (the finding must
 * also have the rule and the range of the diagnostic), and refuses when the document has moved
 * on, because the ranges would then point at the wrong text. Data the client forged or altered
 * names no fix, or the server's own: it never becomes an edit as it is.
 */
export interface DiagnosticData {
  rule: string;
  version: number;
  fix?: DiagnosticFixKey;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspSeverity(severity: Severity): DiagnosticSeverity {
  return SEVERITY[severity] ?? DiagnosticSeverity.Warning;
}

export function toRange(map: LineMap, start: number, end: number): Range {
  const s = map.positionAt(start);
  const e = map.positionAt(Math.max(start, end));
  return Range.create(s.line, s.character, e.line, e.character);
}

export function toOffsets(map: LineMap, range: Range): { start: number; end: number } {
  return { start: map.offsetAt(range.start), end: map.offsetAt(range.end) };
}

export function toLspTextEdits(map: LineMap, edits: readonly core.TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => a.start - b.start).map((e) => TextEdit.replace(toRange(map, e.start, e.end), e.newText));
}

/**
 * The rule's page: `base` joined with ruleDocPath(id) (docs/rules/<id>.md), one slash between.
 * `base` is the core's RULE_DOC_BASE when that is a URL; the server passes the file: URL of the
 * installed package instead when it is empty, so that the link works offline (see docBaseUrl).
 */
export function ruleDocUrl(rule: string, base: string = RULE_DOC_BASE): string {
  const path = ruleDocPath(rule).replace(/^\/+/, '');
  if (!base) return path;
  return `${base.replace(/\/+$/, '')}/${path}`;
}

/**
 * Whether a finding's fix is worth a key on its diagnostic: an eager fix with edits, or a lazy
 * one (its edits are not built here; a lazy fix that turns out empty offers no action).
 */
export function hasFix(fix: Fix | undefined): boolean {
  return !!fix && (isLazyFix(fix) || fix.edits.length > 0);
}

/** `index`: the finding's place among the findings published for `version` (the key to its fix). */
export function toDiagnostic(finding: Finding, map: LineMap, version: number, docBase: string = RULE_DOC_BASE, english = false, index = 0): Diagnostic {
  const data: DiagnosticData = { rule: finding.rule, version };
  if (hasFix(finding.fix)) data.fix = { index };
  return {
    range: toRange(map, finding.start, finding.end),
    severity: toLspSeverity(finding.severity),
    code: finding.rule,
    codeDescription: { href: ruleDocUrl(finding.rule, docBase) },
    source: DIAGNOSTIC_SOURCE,
    message: english && finding.messageEn ? finding.messageEn : finding.message,
    data,
  };
}

/** `english`: the editor runs in English (initialize `locale`), so findings use their English message. */
export function toDiagnostics(findings: readonly Finding[], map: LineMap, version: number, docBase: string = RULE_DOC_BASE, english = false): Diagnostic[] {
  return findings.map((f, i) => toDiagnostic(f, map, version, docBase, english, i));
}

const COMPLETION_KINDS: Record<CoreCompletionItem['kind'], CompletionItemKind> = {
  heading: CompletionItemKind.Module,
  'row-label': CompletionItemKind.Field,
  disposition: CompletionItemKind.EnumMember,
  snippet: CompletionItemKind.Snippet,
};

/** Core completion items → LSP items with a text edit over exactly the typed text (plain text, no snippet syntax). */
export function toCompletionItems(map: LineMap, items: readonly CoreCompletionItem[]): CompletionItem[] {
  return items.map((it) => ({
    label: it.label,
    kind: COMPLETION_KINDS[it.kind],
    detail: it.detail,
    documentation: it.documentation ? { kind: MarkupKind.Markdown, value: it.documentation } : undefined,
    sortText: it.sortText,
    filterText: it.filterText,
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: TextEdit.replace(toRange(map, it.replaceStart, it.replaceEnd), it.insertText),
  }));
}

export function isDiagnosticData(x: unknown): x is DiagnosticData {
  if (!x || typeof x !== 'object') return false;
  const d = x as Partial<DiagnosticData>;
  if (typeof d.rule !== 'string' || typeof d.version !== 'number') return false;
  if (d.fix === undefined) return true;
  const f = d.fix as Partial<DiagnosticFixKey> | null;
  return !!f && typeof f === 'object' && typeof f.index === 'number' && Number.isInteger(f.index) && f.index >= 0;
}

/** The GovReport data of a diagnostic the client sent back, or undefined for anyone else's diagnostic. */
export function diagnosticData(d: Diagnostic): DiagnosticData | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE) return undefined;
  return isDiagnosticData(d.data) ? d.data : undefined;
}

/**
 * A WorkspaceEdit for one document. With `documentChanges` the edit names the document version,
 * so the client itself also refuses it once the document has changed.
 */
export function toWorkspaceEdit(uri: string, version: number, edits: TextEdit[], useDocumentChanges: boolean): WorkspaceEdit {
  if (useDocumentChanges) return { documentChanges: [TextDocumentEdit.create({ uri, version }, edits)] };
  return { changes: { [uri]: edits } };
}

/**
 * The fixes `applyFixes` (core/engine/apply-fixes.ts) would apply, in the same order and with
 * the same skip rules: sorted by first edit, a fix whose edits overlap one already taken (or each
 * other, or leave the text) is dropped whole; two insertions at one point clash. One deliberate
 * difference: an insertion at the very start of another fix's replacement clashes too (see
 * editsOverlap).
 * The server needs the edits, not the resulting text, so that a fix-all keeps the user's cursor
 * and undo granularity; test/lsp/convert.test.ts checks the result equals applyFixes().text.
 */
export function selectFixes(textLength: number, fixes: readonly Fix[]): Fix[] {
  const taken: core.TextEdit[] = [];
  const chosen: Fix[] = [];
  const firstStart = (f: Fix) => f.edits.reduce((m, e) => Math.min(m, e.start), Number.MAX_SAFE_INTEGER);
  const sorted = [...fixes].sort((a, b) => firstStart(a) - firstStart(b));
  for (const fix of sorted) {
    const edits = [...fix.edits].sort((a, b) => a.start - b.start);
    const valid = edits.every((e) => e.start >= 0 && e.end >= e.start && e.end <= textLength);
    const clash = edits.some((e, i) => (i > 0 && edits[i - 1].end > e.start) || taken.some((t) => editsOverlap(t, e)));
    if (!valid || clash || edits.length === 0) continue;
    taken.push(...edits);
    chosen.push(fix);
  }
  return chosen;
}

function editsOverlap(a: core.TextEdit, b: core.TextEdit): boolean {
  // Two insertions at one point clash: their order would be arbitrary. So does an insertion at
  // the start of another fix's replacement (before or after the new text?). applyFixes lets the
  // latter through and then repeats the replaced text; here it is a clash, the safe reading.
  const aIns = a.start === a.end;
  const bIns = b.start === b.end;
  if (aIns && bIns) return a.start === b.start;
  if (aIns) return b.start <= a.start && a.start < b.end;
  if (bIns) return a.start <= b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** LSP edits applying the non-overlapping subset of `fixes` (see selectFixes). */
export function fixesToTextEdits(map: LineMap, fixes: readonly Fix[]): TextEdit[] {
  const chosen = selectFixes(map.text.length, fixes);
  return toLspTextEdits(
    map,
    chosen.flatMap((f) => f.edits),
  );
}

/**
 * The edit appending `<!-- govreport-disable-line RULE -->` to the end of a line. The HTML
 * comment form is used for .txt as well: the core accepts it in both, and it survives a later
 * conversion of the draft to Markdown.
 */
export function disableLineEdit(map: LineMap, line: number, rule: string): TextEdit {
  const l = Math.max(0, Math.min(line, map.lineCount - 1));
  const lineStart = map.lineStarts[l];
  const text = map.lineText(l);
  // A directive already on the line takes one more id (the core splits ids on spaces and commas).
  const existing = new RegExp(`<!--[ \\t]*${DISABLE_LINE_DIRECTIVE}\\b([^\\r\\n]*?)([ \\t]*)-->`).exec(text);
  if (existing) {
    const at = lineStart + existing.index + existing[0].length - existing[2].length - 3;
    return TextEdit.insert(map.positionAt(at), ` ${rule}`);
  }
  const sep = text.length === 0 || /\s$/.test(text) ? '' : ' ';
  return TextEdit.insert(map.positionAt(map.lineEnd(l)), `${sep}<!-- ${DISABLE_LINE_DIRECTIVE} ${rule} -->`);
}

/**
 * Hover text for a rule: title, description, basis (a Chinese document, cited as it is) and the
 * link to its page; in English when the editor runs in English.
 */
export function ruleHover(info: RuleInfo, href: string, english = false): MarkupContent {
  const lang = english ? 'en' : 'zh';
  // The link goes on the first line: VS Code clips long hovers at the bottom, and the rule page
  // is what a reader of this block most often wants next.
  const link = english ? `[Rule page](${href})` : `[查看规则说明](${href})`;
  const parts = [
    `**${escapeMarkdown(info.title[lang])}**${english ? ' ' : '　'}\`${info.id}\`${english ? ' · ' : '　'}${link}`,
    escapeMarkdown(info.description[lang]),
  ];
  if (info.basis) parts.push(english ? `Basis: “${escapeMarkdown(info.basis)}”` : `依据：${escapeMarkdown(info.basis)}`);
  return { kind: MarkupKind.Markdown, value: parts.join('\n\n') };
}

/** Several rules under one position: one block each, separated by a rule. */
export function joinHovers(contents: MarkupContent[]): MarkupContent {
  return { kind: MarkupKind.Markdown, value: contents.map((c) => c.value).join('\n\n---\n\n') };
}

function escapeMarkdown(s: string): string {
  // Rule texts are prose; only the characters that would start markup or links are escaped.
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** LSP rule: a requested kind matches itself and its sub-kinds (`source.fixAll` matches `source.fixAll.govreport`). */
export function kindMatches(requested: string, actual: string): boolean {
  return actual === requested || actual.startsWith(`${requested}.`);
}

/** Whether an action of `kind` is wanted under `context.only` (absent = everything). */
export function isKindWanted(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.length === 0 || only.some((o) => kindMatches(o, kind));
}

export function rangeContains(range: Range, pos: Position): boolean {
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(range.start, pos) && before(pos, range.end);
}

// ---------------------------------------------------------------------------------------------
// Editor features (core/features → LSP)

/** A feature hover as Markdown content with its range. */
export function toHoverContent(map: LineMap, h: HoverResult): { contents: MarkupContent; range: Range } {
  return { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: toRange(map, h.start, h.end) };
}

const SYMBOL_KIND: Record<OutlineKind, SymbolKind> = {
  title: SymbolKind.File,
  'statutory-section': SymbolKind.Module,
  // What VS Code's own Markdown outline uses for headings.
  section: SymbolKind.String,
  table: SymbolKind.Array,
};

export function toDocumentSymbols(map: LineMap, symbols: readonly OutlineSymbol[]): DocumentSymbol[] {
  return symbols.map((s) => {
    const range = toRange(map, s.start, s.end);
    // selectionRange must lie inside range.
    const selStart = Math.max(s.start, Math.min(s.selectionStart, s.end));
    const selEnd = Math.max(selStart, Math.min(s.selectionEnd, s.end));
    const out: DocumentSymbol = {
      name: s.name || '（无标题）',
      kind: SYMBOL_KIND[s.kind] ?? SymbolKind.String,
      range,
      selectionRange: toRange(map, selStart, selEnd),
      children: toDocumentSymbols(map, s.children),
    };
    if (s.detail) out.detail = s.detail;
    return out;
  });
}

export function toFoldingRanges(ranges: readonly FoldRange[]): FoldingRange[] {
  return ranges.map((r) => ({ startLine: r.startLine, endLine: r.endLine, kind: FoldingRangeKind.Region }));
}

export function toInlayHints(map: LineMap, hints: readonly InlayHintData[]): InlayHint[] {
  return hints.map((h) => ({
    position: map.positionAt(h.offset),
    label: h.label,
    paddingLeft: true,
    tooltip: h.tooltip,
  }));
}

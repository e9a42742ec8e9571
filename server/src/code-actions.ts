// Code actions, built from the server's cached analysis of the diagnostic's version (no re-lint),
// diagnostic.data being only the key to a fix: fix this, fix all of this rule, source.fixAll
// (safe fixes), disable the rule for this line, open the rule page.
import { CancellationToken, CodeAction, CodeActionKind, CodeActionParams, Command, Diagnostic } from 'vscode-languageserver';
import { fixTitleEn, LineMap } from './core';
import { DiagnosticData, diagnosticData, disableLineEdit, FIX_ALL_KIND, fixesToTextEdits, isKindWanted, OPEN_RULE_DOC_COMMAND, ruleDocUrl, toLspTextEdits, toRange, toWorkspaceEdit } from './convert';
import type { DocumentAnalysis } from './document-store';
import type { Range, TextEdit } from 'vscode-languageserver';
import type { ServerContext } from './server';
// ---------------------------------------------------------------------------------------------
// Code actions: fix this / fix all of this rule / fix all (source.fixAll) / disable for this line / open rule page

export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction((params, token) => ctx.guard('code actions', [] as CodeAction[], () => codeActions(ctx, params, token)));
}

async function codeActions(ctx: ServerContext, params: CodeActionParams, token: CancellationToken): Promise<CodeAction[]> {
  const { documents, store, client } = ctx;
  const uri = params.textDocument.uri;
  const doc = documents.get(uri);
  if (!doc || !store.isSupported(doc)) return [];
  const only = params.context.only;
  const actions: CodeAction[] = [];

  if (isKindWanted(only, CodeActionKind.QuickFix)) {
    const ours: { diagnostic: Diagnostic; data: DiagnosticData }[] = [];
    for (const diagnostic of params.context.diagnostics) {
      const data = diagnosticData(diagnostic);
      if (data) ours.push({ diagnostic, data });
    }
    // The fixes offered are the server's own for this version: a diagnostic's data comes back from
    // the client and is only a key to them, never an edit taken as it is.
    const current = ours.some((o) => o.data.fix) ? (store.cached(doc) ?? await store.analysis(uri, token)) : store.cached(doc);
    if (token.isCancellationRequested) return [];
    const fixAllRuleDone = new Set<string>();
    const disableDone = new Set<string>();
    const docDone = new Set<string>();
    const lines = current?.lines ?? new LineMap(doc.getText());

    for (const { diagnostic, data } of ours) {
      // Fixes only from the version they were computed for: an older range would hit the wrong text.
      const fresh = data.version === doc.version;
      const own = data.fix && fresh ? ownFix(current, data, diagnostic, client.english) : undefined;
      if (own) {
        actions.push({
          title: own.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: toWorkspaceEdit(uri, data.version, own.edits, client.documentChanges),
        });
      }
      if (own && current && current.result.kind !== null && !fixAllRuleDone.has(data.rule)) {
        fixAllRuleDone.add(data.rule);
        const fixes = current.result.findings.filter((f) => f.rule === data.rule && f.fix).map((f) => f.fix!);
        if (fixes.length >= 2) {
          actions.push({
            title: client.english ? `Fix all ${data.rule} problems in this file` : `修复本文件中所有 ${data.rule} 问题`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: toWorkspaceEdit(uri, current.version, fixesToTextEdits(current.lines, fixes), client.documentChanges),
          });
        }
      }
      const line = diagnostic.range.start.line;
      const disableKey = `${data.rule}@${line}`;
      if (!disableDone.has(disableKey)) {
        disableDone.add(disableKey);
        actions.push({
          title: client.english ? `Disable ${data.rule} for this line` : `在此行禁用 ${data.rule}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: toWorkspaceEdit(uri, doc.version, [disableLineEdit(lines, line, data.rule)], client.documentChanges),
        });
      }
      if (!docDone.has(data.rule)) {
        docDone.add(data.rule);
        const href = diagnostic.codeDescription?.href ?? ruleDocUrl(data.rule, ctx.docBase);
        const title = client.english ? `Show the rule page: ${data.rule}` : `查看规则说明：${data.rule}`;
        actions.push({
          title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: Command.create(title, OPEN_RULE_DOC_COMMAND, data.rule, href),
        });
      }
    }
  }

  if (only && only.length > 0 && isKindWanted(only, FIX_ALL_KIND)) {
    // source.fixAll is requested explicitly (codeActionsOnSave, govReport.fixAll): lint the
    // current text if needed, since in onSave mode the last diagnostics may be stale.
    const a = await ctx.store.analysis(uri, token);
    if (token.isCancellationRequested) return [];
    if (a && a.result.kind !== null) {
      const safe = a.result.findings.filter((f) => f.fix?.safe).map((f) => f.fix!);
      const edits = fixesToTextEdits(a.lines, safe);
      if (edits.length > 0) {
        actions.push({
          title: client.english ? 'Fix all safely fixable problems (GovReport)' : '修复所有可安全自动修复的问题（GovReport）',
          kind: FIX_ALL_KIND,
          edit: toWorkspaceEdit(uri, a.version, edits, client.documentChanges),
        });
      }
    }
  }
  return actions;
}


/**
 * The fix of the current lint result that `data` names: the finding at `data.fix.index` of the
 * analysis of `data.version`, with the diagnostic's rule and range. Its edits are built here, on
 * request (a lazy fix's for the first time). A diagnostic forged or altered by the client names
 * no fix, or one of the server's own for that version; its data never becomes an edit as it is.
 */
function ownFix(current: DocumentAnalysis | undefined, data: DiagnosticData, diagnostic: Diagnostic, english = false): { title: string; edits: TextEdit[] } | undefined {
  if (!current || current.version !== data.version || !data.fix || current.result.kind === null) return undefined;
  const f = current.result.findings[data.fix.index];
  if (!f || f.rule !== data.rule || !f.fix) return undefined;
  if (!sameRange(toRange(current.lines, f.start, f.end), diagnostic.range)) return undefined;
  const edits = toLspTextEdits(current.lines, f.fix.edits);
  if (edits.length === 0) return undefined;
  // The title the editor shows is in its language.
  return { title: english ? fixTitleEn(f.fix) : f.fix.title, edits };
}

function sameRange(a: Range, b: Range): boolean {
  return !!b && !!b.start && !!b.end &&
    a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

// Runtime strings: Simplified Chinese in the source, English from l10n/bundle.l10n.en.json.
//
// Why not vscode.l10n.t() alone: VS Code treats English as the language of every extension's
// source strings. When its display language is English it loads no bundle at all and t()
// returns the source text (ExtHostLocalizationService: `isDefaultLanguage` → no lookup), so a
// bundle.l10n.en.json is never read (microsoft/vscode#168127). With Chinese sources the
// English bundle must therefore be applied here. For any other display language that has a
// bundle.l10n.<language>.json (loaded by VS Code through the "l10n" field of package.json),
// vscode.l10n.t() does the work as usual; without one, the Chinese source is shown.
// Manifest strings (command titles, settings) are different: package.nls.json is the
// default and VS Code does read package.nls.en.json for English.
import * as vscode from 'vscode';
import english from '../../l10n/bundle.l10n.en.json';

type Arg = string | number | boolean;

const isEnglish = /^en(-|$)/i.test(vscode.env.language);
const EN: Readonly<Record<string, string>> = english;

/** `{0}`, `{1}`… replaced by the arguments, as vscode.l10n.t does. */
export function format(template: string, args: readonly Arg[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}

/**
 * Translates a Chinese source message. Messages must be string literals (the bundle is keyed
 * by them, and test/client/l10n.test.ts checks that each has its English entry).
 */
export function t(message: string, ...args: Arg[]): string {
  if (isEnglish) return format(EN[message] ?? message, args);
  if (vscode.l10n.bundle) return vscode.l10n.t(message, ...args);
  return format(message, args);
}

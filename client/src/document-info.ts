// What the server knows about a document (govReport/documentInfo) and how the client names it.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { t } from './l10n';
import { DOCUMENT_INFO_REQUEST, FORMAT_IDS, LANGUAGES } from '../../shared/protocol';
import type { DocumentInfo, DocumentInfoParams } from '../../shared/protocol';

export type { DocumentInfo };

export type ClientGetter = () => LanguageClient | undefined;

/** The report formats, in the order offered to the user. */
export { FORMAT_IDS };

export function kindLabel(kind: string, form: 'short' | 'long'): string {
  const long = form === 'long';
  switch (kind) {
    case 'gov-info-2021':
      return long ? t('政府信息公开工作年度报告（2021 年版格式，国办公开办函〔2021〕30号）') : t('政务公开年报·2021版');
    case 'gov-info-2019':
      return long ? t('政府信息公开工作年度报告（2019 年试行格式，国办公开办函〔2019〕60号）') : t('政务公开年报·2019版');
    case 'gov-info-2008':
      return long ? t('政府信息公开工作年度报告（2008 年条例，无全国统一格式）') : t('政务公开年报·2008条例');
    case 'rule-of-law':
      return t('法治政府建设年度报告');
    default:
      return kind;
  }
}

function kindSourceLabel(source: string): string {
  switch (source) {
    case 'directive': return t('由文内指令指定');
    case 'setting': return t('由设置 govReport.format 指定');
    case 'detected': return t('自动识别');
    default: return source;
  }
}

export function isChecked(doc: vscode.TextDocument): boolean {
  return LANGUAGES.includes(doc.languageId) && (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled');
}

export async function requestInfo(getClient: ClientGetter, doc: vscode.TextDocument): Promise<DocumentInfo | undefined> {
  const client = getClient();
  if (!client || !client.isRunning() || !isChecked(doc)) return undefined;
  const params: DocumentInfoParams = { uri: client.code2ProtocolConverter.asUri(doc.uri) };
  return client.sendRequest<DocumentInfo>(DOCUMENT_INFO_REQUEST, params);
}

/** The same, or undefined when the server cannot answer (commands then fall back to defaults). */
export async function tryRequestInfo(getClient: ClientGetter, doc: vscode.TextDocument): Promise<DocumentInfo | undefined> {
  try {
    return await requestInfo(getClient, doc);
  } catch {
    return undefined;
  }
}

/** One sentence: kind, year, issuer and how the kind was decided. */
export function describe(info: DocumentInfo): string {
  const kind = info.kind ? kindLabel(info.kind, 'long') : '';
  const year = info.year !== null ? t('报告年度 {0} 年', info.year) : t('报告年度未识别');
  const issuer = info.issuer ? t('发布机关 {0}', info.issuer) : t('发布机关未识别');
  return info.kindSource
    ? t('GovReport：{0}；{1}；{2}；类型{3}。', kind, year, issuer, kindSourceLabel(info.kindSource))
    : t('GovReport：{0}；{1}；{2}。', kind, year, issuer);
}

export function requireReportEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isChecked(editor.document)) {
    void vscode.window.showInformationMessage(t('GovReport：请先打开一份 Markdown 或纯文本格式的年度报告。'));
    return undefined;
  }
  return editor;
}

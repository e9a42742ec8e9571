// govReport/importDraft: a Word, web or PDF report (a file on disk) as the text of a new Markdown
// draft, for the editor's "导入 Word/网页/PDF 为草稿" command. The conversion is the CLI's
// (cli/input/import-draft.ts); the Word and PDF readers (mammoth, pdfjs-dist) are not shipped in
// the .vsix, so there the answer says to use `govreport import`.
import { RequestType } from 'vscode-languageserver';
import { filePathOf } from '../file-paths';
import { importDraft } from '../cli/input/import-draft';
import type { ServerContext } from '../server';
import { IMPORT_DRAFT_REQUEST } from '../../../shared/protocol';
import type { ImportDraftParams, ImportDraftResult } from '../../../shared/protocol';

export type { ImportDraftParams, ImportDraftResult } from '../../../shared/protocol';
export const ImportDraftRequest = new RequestType<ImportDraftParams, ImportDraftResult, void>(IMPORT_DRAFT_REQUEST);

/** `中文 (English)` messages of the CLI's readers: the part for the editor's language. */
export function messageIn(message: string, english: boolean): string {
  if (!message.endsWith(')')) return message;
  let depth = 0;
  for (let i = message.length - 1; i >= 0; i--) {
    if (message[i] === ')') depth++;
    else if (message[i] === '(' && --depth === 0) {
      if (i === 0 || message[i - 1] !== ' ') return message;
      return english ? message.slice(i + 1, -1) : message.slice(0, i - 1);
    }
  }
  return message;
}

export function registerImportDraft(ctx: ServerContext): void {
  ctx.connection.onRequest(ImportDraftRequest, (params) => {
    const english = ctx.client.english;
    const failed = (zh: string, en: string): ImportDraftResult => ({ ok: false, message: english ? en : zh });
    return ctx.guard('importDraft', failed('转换失败，详见“输出”面板中的 GovReport 日志', 'The conversion failed; see the GovReport log in the Output panel'), async () => {
      const file = typeof params?.uri === 'string' ? filePathOf(params.uri) : null;
      if (!file) return failed('只能导入磁盘上的文件', 'Only files on disk can be imported');
      const r = await importDraft(file);
      if (r.ok) return { ok: true, text: r.text };
      const missing = /未安装 (?:mammoth|pdfjs-dist)/.test(r.message);
      if (missing) {
        return failed('编辑器扩展不含 Word 和 PDF 的读取组件（体积过大）；请用命令行转换：govreport import 文件 -o 草稿.md，或导入网页（.html）版本',
          'The extension does not ship the Word and PDF readers (they are too large); convert with the command line: govreport import FILE -o draft.md, or import the web page (.html) version');
      }
      return { ok: false, message: messageIn(r.message, english) };
    });
  });
}

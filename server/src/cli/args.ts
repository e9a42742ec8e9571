// Command-line parsing by hand: the grammar is small, and a library would be the
// only runtime dependency of the CLI. Pure: argv in, a parsed command out.
import { KIND_IDS } from '../core/types';
import type { KindId } from '../core/types';
import { reportFormatOf } from './report-model';

export type OutputFormat = 'text' | 'json' | 'sarif';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];
export const KIND_CHOICES: readonly ('auto' | KindId)[] = ['auto', ...KIND_IDS];

export interface CheckOptions {
  format: OutputFormat;
  /** undefined when --kind was not given, so .govreportrc.json may decide. */
  kind?: 'auto' | KindId;
  config?: string;
  fix: boolean;
  /** --report FILE: also write a batch report (.html or .csv); absent when not given. */
  report?: string;
  /** --no-error-on-unmatched-pattern: a path that matches no file is only noted, not exit 2; absent when not given. */
  allowUnmatched?: true;
  /** --doc-url URL: where the rule pages are published (SARIF helpUri); absent when not given. */
  docUrl?: string;
  paths: string[];
}

export type Command =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'check'; options: CheckOptions }
  /** `govreport import FILE [-o OUT]`: a Word/web/PDF report as a Markdown draft. */
  | { command: 'import'; file: string; out?: string }
  /** A usage error; `message` is Chinese first, then English. */
  | { command: 'usage-error'; message: string };

export const USAGE = `用法 Usage: govreport check [选项 options] <文件或目录 file|dir>...
       govreport import <文件 file.docx|.html|.pdf> [-o 草稿 draft.md]

检查政府信息公开工作年度报告、法治政府建设年度报告（*.md、*.txt）。
Checks Chinese government annual reports (*.md, *.txt; directories are searched recursively).

选项 Options:
  --format text|json|sarif   输出格式，默认 text (output format, default text)
  --kind auto|gov-info-2021|gov-info-2019|gov-info-2008|rule-of-law
                             报告类型，默认 auto 自动识别 (report kind, default auto)
  --config FILE              规则设置文件，默认为最近的 .govreportrc.json
                             (rule settings; default: nearest .govreportrc.json)
  --fix                      就地应用安全的自动修复 (apply safe fixes in place)
  --report FILE              另写一份汇总报告：FILE 为 .html 网页或 .csv 问题清单
                             (also write a batch report: an .html page or a .csv list)
  --no-error-on-unmatched-pattern
                             路径不存在或目录中没有 *.md、*.txt 文件时不算错误
                             (a path that matches no file is not an error)
  -h, --help                 显示本帮助 (show this help)
  --version                  显示版本 (show the version)

不是年度报告的文件不检查，逐一列出并说明原因 (files that are not reports are listed, with the reason).

import：把 Word、网页或 PDF 报告转换为 Markdown 草稿（表格为竖线表格），写到标准输出或 -o 指定的新文件
  (converts a Word, web or PDF report into a Markdown draft with pipe tables, to stdout or a new file -o)

退出状态 Exit status: 0 无错误 (no error-level finding), 1 有错误 (errors found),
  2 用法错误、文件无法读取或路径未匹配到任何文件
    (usage error, a file could not be read, or a path matched no file)
`;

/** Options that take a value, with the allowed values when the set is closed. */
const VALUE_OPTIONS: Record<string, readonly string[] | null> = {
  '--format': OUTPUT_FORMATS,
  '--kind': KIND_CHOICES,
  '--config': null,
  '--report': null,
  '--doc-url': null,
};

function usageError(zh: string, en: string): Command {
  return { command: 'usage-error', message: `${zh} (${en})` };
}

/** An absolute URL with a scheme (https://…), which SARIF's helpUri must be. */
export function isAbsoluteUrl(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(s);
}

/**
 * A rule's page under a documentation base: `{rule}` in the base is replaced by the rule id,
 * else the base is the folder of the pages (docs/rules/ as published) and `<rule>.md` is appended.
 */
export function ruleDocUrl(base: string, rule: string): string {
  if (base.includes('{rule}')) return base.split('{rule}').join(rule);
  return `${base.endsWith('/') ? base : base + '/'}${rule}.md`;
}

/** Parses the arguments after `node govreport.js`. */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0) return usageError('缺少命令', 'missing command');
  const [first, ...rest] = argv;
  if (first === '-h' || first === '--help' || first === 'help') return { command: 'help' };
  if (first === '--version' || first === '-v') return { command: 'version' };
  if (first === 'import') return parseImport(rest);
  if (first !== 'check') {
    return first.startsWith('-')
      ? usageError(`未知选项 ${first}`, `unknown option ${first}`)
      : usageError(`未知命令 ${first}`, `unknown command ${first}`);
  }
  return parseCheck(rest);
}

function parseImport(args: readonly string[]): Command {
  let file: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-h' || arg === '--help') return { command: 'help' };
    if (arg === '-o' || arg === '--output' || arg.startsWith('--output=')) {
      if (out !== undefined) return usageError('选项 -o 重复', 'option -o given twice');
      out = arg.startsWith('--output=') ? arg.slice('--output='.length) : args[++i];
      if (!out) return usageError('选项 -o 缺少文件名', 'option -o needs a file name');
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') return usageError(`未知选项 ${arg}`, `unknown option ${arg}`);
    if (file !== undefined) return usageError('import 一次只转换一个文件', 'import converts one file at a time');
    file = arg;
  }
  if (file === undefined) return usageError('未指定要导入的文件', 'no file to import given');
  return { command: 'import', file, ...(out !== undefined ? { out } : {}) };
}

function parseCheck(args: readonly string[]): Command {
  const options: CheckOptions = { format: 'text', fix: false, paths: [] };
  const seen = new Set<string>();
  let onlyPaths = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    // A lone "-" would mean stdin, which the CLI does not read; treat it as a path
    // so the user gets "cannot read" rather than a puzzling option error.
    if (onlyPaths || !arg.startsWith('-') || arg === '-') {
      options.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return { command: 'help' };
    if (arg === '--version') return { command: 'version' };
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (name === '--fix') {
      if (eq >= 0) return usageError('--fix 不接受参数', '--fix takes no value');
      options.fix = true;
      continue;
    }
    if (name === '--no-error-on-unmatched-pattern') {
      if (eq >= 0) return usageError(`${name} 不接受参数`, `${name} takes no value`);
      options.allowUnmatched = true;
      continue;
    }
    if (!(name in VALUE_OPTIONS)) return usageError(`未知选项 ${name}`, `unknown option ${name}`);
    if (seen.has(name)) return usageError(`选项 ${name} 重复`, `option ${name} given twice`);
    seen.add(name);
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < args.length) value = args[++i];
    if (value === undefined || value === '') {
      return usageError(`选项 ${name} 缺少取值`, `option ${name} needs a value`);
    }
    const allowed = VALUE_OPTIONS[name];
    if (allowed && !allowed.includes(value)) {
      return usageError(
        `选项 ${name} 的取值 ${value} 无效，可用：${allowed.join('、')}`,
        `invalid value ${value} for ${name}; expected ${allowed.join(', ')}`,
      );
    }
    if (name === '--format') options.format = value as OutputFormat;
    else if (name === '--kind') options.kind = value as 'auto' | KindId;
    else if (name === '--report') {
      if (!reportFormatOf(value)) {
        return usageError(`--report 的文件名应以 .html 或 .csv 结尾：${value}`, `--report FILE must end in .html or .csv: ${value}`);
      }
      options.report = value;
    } else if (name === '--doc-url') {
      if (!isAbsoluteUrl(value)) return usageError(`--doc-url 应为完整网址：${value}`, `--doc-url must be an absolute URL: ${value}`);
      options.docUrl = value;
    } else options.config = value;
  }
  if (options.paths.length === 0) return usageError('未指定要检查的文件或目录', 'no file or directory given');
  return { command: 'check', options };
}

// Command-line parsing by hand: the grammar is small, and a library would be the
// only runtime dependency of the CLI. Pure: argv in, a parsed command out.
import { FORMAT_IDS } from '../core/types';
import type { FormatId } from '../core/types';
import { reportFormatOf } from './report-model';

export type OutputFormat = 'text' | 'json' | 'sarif';
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];
export const KIND_CHOICES: readonly ('auto' | FormatId)[] = ['auto', ...FORMAT_IDS];

export interface CheckOptions {
  format: OutputFormat;
  /** undefined when --kind was not given, so .govreportrc.json may decide. */
  kind?: 'auto' | FormatId;
  config?: string;
  fix: boolean;
  /** --report FILE: also write a batch report (.html or .csv); absent when not given. */
  report?: string;
  /** --no-error-on-unmatched-pattern: a path that matches no file is only noted, not exit 2; absent when not given. */
  allowUnmatched?: true;
  /** --doc-url URL: where the rule pages are published (SARIF helpUri); absent when not given. */
  docUrl?: string;
  /** --ignore PATTERN (repeatable): gitignore-like patterns relative to the working directory. */
  ignore?: string[];
  /** --no-ignore: neither --ignore nor .govreportignore. */
  noIgnore?: true;
  /** The path `-` was given: the draft is read from stdin, shown and configured as this name. */
  stdinFilename?: string;
  /** --quiet: error-level findings only. */
  quiet?: true;
  /** --max-warnings N: exit 1 when there are more warnings than N. */
  maxWarnings?: number;
  /** --output-file FILE: the output goes to FILE instead of stdout. */
  outputFile?: string;
  /** --lang: the language of messages and the summary (default: the locale's, else Chinese). */
  lang?: Lang;
  /** --color / --no-color: force colour on or off (default: on a terminal only). */
  color?: boolean;
  /** --report-unused-disable-directives: directives that silenced nothing are reported. */
  reportUnusedDirectives?: true;
  paths: string[];
}

export type Command =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'check'; options: CheckOptions }
  /** `govreport import FILE [-o OUT]`: a Word/web/PDF report as a Markdown draft. */
  | { command: 'import'; file: string; out?: string }
  /** A usage error; `message` is Chinese first, then English (`en` alone). */
  | { command: 'usage-error'; message: string; en: string };

export const USAGE = `用法 Usage: govreport check [选项 options] <文件、目录或模式 file|dir|glob>...
       govreport check [选项 options] - [--stdin-filename 名称 NAME]
       govreport import <文件 file.docx|.html|.pdf> [-o 草稿 draft.md]

检查政府信息公开工作年度报告、法治政府建设年度报告（*.md、*.txt、*.docx、*.html、*.pdf）。
Checks Chinese government annual reports (*.md, *.txt, *.docx, *.html, *.pdf; directories are searched recursively).
模式由 govreport 自行展开（*、**、?、[...]、{a,b}），请加引号 (govreport expands glob patterns itself; quote them).

选项 Options:
  --format text|json|sarif   输出格式，默认 text (output format, default text)
  --kind auto|gov-info-2021|gov-info-2019|gov-info-2008|rule-of-law
                             报告类型，默认 auto 自动识别 (report kind, default auto)
  --config FILE              规则设置文件，默认为最近的 .govreportrc.json
                             (rule settings; default: nearest .govreportrc.json)
  --fix                      就地应用安全的自动修复 (apply safe fixes in place)
  --quiet                    只报告错误 (report errors only)
  --max-warnings N           警告多于 N 个时退出状态为 1 (exit 1 when there are more than N warnings)
  --ignore PATTERN           忽略匹配的文件或目录，可重复；另读最近的 .govreportignore（写法同 .gitignore）
                             (leave out matching files or folders, repeatable; the nearest
                             .govreportignore, written like .gitignore, is read too)
  --no-ignore                不使用 --ignore 和 .govreportignore (use neither)
  -                          从标准输入读取一份草稿 (read one draft from stdin)
  --stdin-filename NAME      标准输入草稿的文件名：用于显示和查找设置 (the stdin draft's name,
                             shown and used to find its settings)
  --output-file FILE         输出写入 FILE 而非标准输出 (write the output to FILE, not stdout)
  --lang zh|en               输出语言，默认随 LC_ALL、LC_MESSAGES、LANG，否则中文
                             (output language; default: the locale's if English, else Chinese)
  --color, --no-color        强制开启或关闭颜色；默认仅在终端中着色，遵循 NO_COLOR、FORCE_COLOR
                             (force colour on or off; default: a terminal only, NO_COLOR and
                             FORCE_COLOR respected; never for json or sarif)
  --doc-url URL              规则说明页的网址（SARIF 的 helpUri），{rule} 代表规则编号，否则追加 <规则>.md；
                             也可在 .govreportrc.json 中设置 "docUrl" (where the rule pages are published,
                             for SARIF helpUri: {rule} is the rule id, else <rule>.md is appended; or
                             "docUrl" in .govreportrc.json)
  --report-unused-disable-directives
                             报告未起作用的停用指令 (report disable directives that silence nothing)
  --report FILE              另写一份汇总报告：FILE 为 .html 网页或 .csv 问题清单
                             (also write a batch report: an .html page or a .csv list)
  --no-error-on-unmatched-pattern
                             路径或模式没有匹配到任何文件时不算错误
                             (a path or pattern that matches no file is not an error)
  -h, --help                 显示本帮助 (show this help)
  --version                  显示版本 (show the version)

不是年度报告的文件不检查，逐一列出并说明原因 (files that are not reports are listed, with the reason).

import：把 Word、网页或 PDF 报告转换为 Markdown 草稿（表格为竖线表格），写到标准输出或 -o 指定的新文件
  (converts a Word, web or PDF report into a Markdown draft with pipe tables, to stdout or a new file -o)

退出状态 Exit status: 0 无错误 (no error-level finding), 1 有错误或警告超过 --max-warnings
  (errors found, or more warnings than --max-warnings),
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
  '--stdin-filename': null,
  '--max-warnings': null,
  '--output-file': null,
  '--lang': LANGS,
};

/** Options that may be given more than once. */
const REPEATABLE = new Set(['--ignore']);

/** Flags (no value) and what each sets. */
const FLAGS: Record<string, (o: CheckOptions) => void> = {
  '--fix': (o) => { o.fix = true; },
  '--no-error-on-unmatched-pattern': (o) => { o.allowUnmatched = true; },
  '--no-ignore': (o) => { o.noIgnore = true; },
  '--quiet': (o) => { o.quiet = true; },
  '--color': (o) => { o.color = true; },
  '--no-color': (o) => { o.color = false; },
  '--report-unused-disable-directives': (o) => { o.reportUnusedDirectives = true; },
};

function usageError(zh: string, en: string): Command {
  return { command: 'usage-error', message: `${zh} (${en})`, en };
}

/** The one line a usage error prints (never the whole help), in the run's language. */
export function usageErrorLine(c: { message: string; en: string }, lang: Lang): string {
  return lang === 'en' ? `govreport: ${c.en} (see --help)\n` : `govreport: ${c.message}，用法见 --help (see --help)\n`;
}

/**
 * The language of the output: --lang, else the locale (LC_ALL, then LC_MESSAGES, then LANG, as
 * POSIX orders them) when it is English, else Chinese, the product's first language.
 */
export function outputLang(explicit: Lang | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  if (explicit) return explicit;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en(?:[_.@-]|$)/i.test(locale) ? 'en' : 'zh';
}

/** --lang as written in argv (for a usage error found before the parse ends), if valid. */
export function langInArgv(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : undefined;
    if (v === 'en' || v === 'zh') return v;
  }
  return undefined;
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
    if (name in FLAGS) {
      if (eq >= 0) return usageError(`${name} 不接受参数`, `${name} takes no value`);
      FLAGS[name](options);
      continue;
    }
    if (!(name in VALUE_OPTIONS) && !REPEATABLE.has(name)) return usageError(`未知选项 ${name}`, `unknown option ${name}`);
    if (seen.has(name) && !REPEATABLE.has(name)) return usageError(`选项 ${name} 重复`, `option ${name} given twice`);
    seen.add(name);
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < args.length) value = args[++i];
    if (value === undefined || value === '') {
      return usageError(`选项 ${name} 缺少取值`, `option ${name} needs a value`);
    }
    const allowed = VALUE_OPTIONS[name] ?? null;
    if (allowed && !allowed.includes(value)) {
      return usageError(
        `选项 ${name} 的取值 ${value} 无效，可用：${allowed.join('、')}`,
        `invalid value ${value} for ${name}; expected ${allowed.join(', ')}`,
      );
    }
    if (name === '--format') options.format = value as OutputFormat;
    else if (name === '--kind') options.kind = value as 'auto' | FormatId;
    else if (name === '--report') {
      if (!reportFormatOf(value)) {
        return usageError(`--report 的文件名应以 .html 或 .csv 结尾：${value}`, `--report FILE must end in .html or .csv: ${value}`);
      }
      options.report = value;
    } else if (name === '--ignore') {
      (options.ignore ??= []).push(value);
    } else if (name === '--stdin-filename') {
      options.stdinFilename = value;
    } else if (name === '--max-warnings') {
      if (!/^\d+$/.test(value)) return usageError(`--max-warnings 应为非负整数：${value}`, `--max-warnings needs a whole number: ${value}`);
      options.maxWarnings = Number(value);
    } else if (name === '--output-file') {
      options.outputFile = value;
    } else if (name === '--lang') {
      options.lang = value as Lang;
    } else if (name === '--doc-url') {
      if (!isAbsoluteUrl(value)) return usageError(`--doc-url 应为完整网址：${value}`, `--doc-url must be an absolute URL: ${value}`);
      options.docUrl = value;
    } else options.config = value;
  }
  if (options.paths.length === 0) return usageError('未指定要检查的文件或目录', 'no file or directory given');
  const stdin = options.paths.filter((p) => p === '-').length;
  if (stdin > 0 && options.paths.length > 1) return usageError('从标准输入（-）读取时不能再指定其他文件', 'stdin (-) cannot be combined with other paths');
  if (stdin > 0 && options.stdinFilename === undefined) options.stdinFilename = '<stdin>';
  if (stdin === 0 && options.stdinFilename !== undefined) return usageError('--stdin-filename 需与 - 一起使用', '--stdin-filename needs the path - (stdin)');
  if (stdin > 0 && options.fix) return usageError('--fix 不能用于标准输入', '--fix cannot be used with stdin');
  return { command: 'check', options };
}

// The CLI as a function: argv in, output through `io`, exit status out.
// main.ts binds it to the process; tests may call it in process.
import { DEFAULT_SETTINGS, RULES, Settings } from '../core';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CheckOptions, langInArgv, outputLang, parseArgs, ruleDocUrl, usageErrorLine, USAGE } from './args';
import { decodeBytes } from '../decode';
import { loadIgnorer } from './ignore';
import { AloneOutcome, CheckOutcome } from './check';
import { docUrlSetting, LoadedSettings, loadConfigFile, nearestRcFile, SettingsResolver } from './config';
import { expandPaths, PathFilter } from './files';
import { importDraft } from './input/import-draft';
import { ConvertedInput, convertAsyncInputs, inputTypeOf, readHtmlInput } from './input';
import { errorsOnly, FileResult, inEnglish, SarifOptions } from './output';
import { WorkerPool, workerCount } from './pool';
import { NO_PROGRESS, Progress } from './progress';
import { outputSink } from './stream-output';
import { writeReport } from './report';
import { VERSION } from './version';
import { Check, checkAgain, ExpandedEntry, needsAgain, PASS_TWO, passOneInProcess, passOneInWorkers, passTwoInWorkers, relatedOf } from './passes';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TROUBLE = 2;

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** A progress line for long batches (main.ts: only when stderr is a terminal, never in CI). */
  progress?: Progress;
  /** Reads all of stdin (the path `-`); absent: stdin is empty. */
  stdin?: () => Uint8Array;
  /** The environment for the locale and NO_COLOR/FORCE_COLOR (main.ts: process.env); absent: none. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour); absent: not. */
  stdoutIsTTY?: boolean;
}

/**
 * Colour on the text output: --color/--no-color, else FORCE_COLOR (set and not 0) or NO_COLOR (set,
 * not empty: https://no-color.org), else only when stdout is a terminal (and TERM is not dumb).
 * Never for JSON, SARIF or --output-file.
 */
export function wantsColor(flag: boolean | undefined, isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  if (flag !== undefined) return flag;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY === true && env.TERM !== 'dumb';
}

/**
 * run() with the async pre-step the CLI binary uses: every .docx and .pdf named or found is
 * converted (mammoth and pdfjs are async) before the check, which then reads the drafts from memory;
 * and pass one of a large batch runs on worker threads (pool.ts), with the same results as in one thread.
 */
export async function runAsync(argv: readonly string[], io: Io): Promise<number> {
  const command = parseArgs(argv);
  if (command.command === 'import') return runImport(command.file, command.out, io);
  if (command.command !== 'check') return run(argv, io);
  const files = command.options.stdinFilename !== undefined
    ? []
    : expandPaths(command.options.paths, ignorerFor(command.options, () => undefined)).entries.filter((e) => e.error === undefined).map((e) => e.path);
  const prepared = await convertAsyncInputs(files);
  const check = startCheck(command.options, io, prepared);
  if (typeof check === 'number') return check;
  const workers = check.readable.length >= 2 ? workerCount(check.readable.length) : 0;
  if (workers <= 1) return finishCheck(check, passOneInProcess(check));
  const pool = WorkerPool.start(workers);
  try {
    const alone = await passOneInWorkers(check, pool);
    // --fix writes files: that stays in this thread, one file after the other.
    const checked = check.options.fix ? undefined : await passTwoInWorkers(check, pool, alone);
    return finishCheck(check, alone, checked);
  } finally {
    pool.close();
  }
}

/**
 * Runs one command and returns the exit status; all output goes through io. `prepared`: the
 * .docx files already converted (runAsync); a .docx not among them is reported as unreadable.
 * Everything in this thread (runAsync is the one that uses worker threads).
 */
export function run(argv: readonly string[], io: Io, prepared?: ReadonlyMap<string, ConvertedInput>): number {
  const command = parseArgs(argv);
  switch (command.command) {
    case 'help':
      io.out(USAGE);
      return EXIT_OK;
    case 'version':
      io.out(`${VERSION}\n`);
      return EXIT_OK;
    case 'usage-error':
      // One line, as ESLint does; the whole help only with --help.
      io.err(usageErrorLine(command, outputLang(langInArgv(argv), io.env ?? {})));
      return EXIT_TROUBLE;
    case 'check': {
      const check = startCheck(command.options, io, prepared ?? new Map());
      if (typeof check === 'number') return check;
      return finishCheck(check, passOneInProcess(check));
    }
    case 'import':
      io.err('govreport: import 需异步运行 (internal error: import needs runAsync)\n');
      return EXIT_TROUBLE;
  }
}

/** `govreport import`: the draft to stdout, or to a new file (never over an existing one). */
async function runImport(file: string, out: string | undefined, io: Io): Promise<number> {
  const r = await importDraft(file);
  if (!r.ok) {
    io.err(`govreport: ${file}: ${r.message}\n`);
    return EXIT_TROUBLE;
  }
  if (out === undefined) {
    io.out(r.text);
    return EXIT_OK;
  }
  try {
    fs.writeFileSync(out, r.text, { flag: 'wx' });
  } catch (e) {
    const exists = (e as NodeJS.ErrnoException).code === 'EEXIST';
    io.err(`govreport: ${out}: ${exists ? '文件已存在，不覆盖 (file exists; not overwritten)' : describeError(e)}\n`);
    return EXIT_TROUBLE;
  }
  io.err(`govreport: 已写入草稿 ${out} (draft written)\n`);
  return EXIT_OK;
}

function describeError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}


/** The ignore patterns of a run (.govreportignore and --ignore), none with --no-ignore. */
function ignorerFor(options: CheckOptions, note: (m: string) => void): PathFilter | undefined {
  if (options.noIgnore) return undefined;
  const ig = loadIgnorer(process.cwd(), options.ignore ?? [], note);
  return ig.empty ? undefined : ig;
}


function startCheck(options: CheckOptions, io: Io, prepared: ReadonlyMap<string, ConvertedInput>): Check | number {
  const progress = io.progress ?? NO_PROGRESS;
  const note = (message: string) => {
    progress.clear();
    io.err(`govreport: ${message}\n`);
  };

  let explicit: LoadedSettings | undefined;
  if (options.config !== undefined) {
    const loaded = loadConfigFile(options.config);
    if (!loaded.ok) {
      // The user asked for these settings; checking with others would mislead.
      note(`无法使用配置文件 (cannot use --config) ${loaded.message}`);
      return EXIT_TROUBLE;
    }
    loaded.warnings.forEach(note);
    explicit = loaded.loaded;
  }
  const resolver = new SettingsResolver(explicit, note);

  // The path `-`: one draft read from stdin, shown (and given settings) as --stdin-filename.
  const stdinName = options.stdinFilename;
  let stdinInput: ConvertedInput | undefined;
  if (stdinName !== undefined) {
    const decoded = decodeBytes(io.stdin?.() ?? new Uint8Array());
    stdinInput = decoded.ok ? { ok: true, type: 'text', draft: { text: decoded.text, map: [] } } : { ok: false, message: decoded.message };
  }
  const expanded = stdinName !== undefined ? { entries: [{ path: stdinName }], emptyDirs: [] } : expandPaths(options.paths, ignorerFor(options, note));
  for (const p of expanded.ignored ?? []) note(`${p}: 已按忽略规则跳过（--no-ignore 可检查） (ignored by an ignore pattern; use --no-ignore to check it)`);
  // A path that matches no file (missing, a glob the shell left as is, a folder without
  // *.md or *.txt) is exit 2, as in ESLint, unless --no-error-on-unmatched-pattern: then
  // it is only noted on stderr and left out of the output.
  const emptyDirMessage = '未找到 *.md、*.txt、*.docx、*.html 或 *.pdf 文件 (no *.md, *.txt, *.docx, *.html or *.pdf files found)';
  const all: ExpandedEntry[] = [...expanded.entries, ...expanded.emptyDirs.map((dir) => ({ path: dir, error: emptyDirMessage, unmatched: true }))];
  let entries = all;
  if (options.allowUnmatched) {
    for (const u of all) if (u.unmatched === true) note(`${u.path}: ${u.error}，已忽略 (ignored: --no-error-on-unmatched-pattern)`);
    entries = all.filter((e) => e.unmatched !== true);
  }

  const check: Check = {
    options, io, progress, note, entries, lang: outputLang(options.lang, io.env ?? {}),
    readable: entries.filter((e) => e.error === undefined),
    trouble: false,
    again: new Map(),
    settingsFor: (path: string): Settings => {
      const found = resolver.forFile(path);
      // A broken .govreportrc.json is reported (exit 2) but the file is still
      // checked, with the defaults, so one bad settings file does not hide the rest.
      if (!found.ok) check.trouble = true;
      const base: Settings = found.ok ? found.loaded.settings : DEFAULT_SETTINGS;
      return { ...base, format: options.kind ?? base.format, ...(options.reportUnusedDirectives ? { reportUnusedDisableDirectives: true } : {}) };
    },
    convertedOf: (p: string) => undefined,
  };
  // Word and web files as drafts, converted once for both passes (.docx by runAsync beforehand).
  const converted = new Map<string, ConvertedInput>();
  check.convertedOf = (p: string): ConvertedInput | undefined => {
    if (stdinInput !== undefined && p === stdinName) return stdinInput;
    const type = inputTypeOf(p);
    if (type === 'text') return undefined;
    let c = converted.get(p) ?? prepared.get(p);
    if (c === undefined) {
      c = type === 'html' ? readHtmlInput(p) : { ok: false, message: '内部错误：Word 或 PDF 文件未预先转换 (internal error: the .docx or .pdf was not converted)' };
    }
    converted.set(p, c);
    return c;
  };
  if (options.fix && check.readable.some((e) => inputTypeOf(e.path) !== 'text')) {
    note('--fix 不写回 Word（.docx）、网页（.html）和 PDF（.pdf）文件，只报告问题 (--fix never writes to .docx, .html or .pdf files; they are only checked)');
  }
  return check;
}

/**
 * Pass two and the output: each file's outcome (pass one's, or checked again where the across-file
 * rules or --fix need it) is written as soon as it is known, in input order (stream-output.ts); only
 * a --report keeps every file's result until the end.
 */
function finishCheck(check: Check, alone: Map<string, AloneOutcome>, checked?: Map<string, CheckOutcome>): number {
  const { options, io, note } = check;
  const related = relatedOf(alone);
  // --output-file: the output goes to the file (never coloured), written as it comes.
  let fd: number | undefined;
  if (options.outputFile !== undefined) {
    try {
      fs.mkdirSync(path.dirname(path.resolve(options.outputFile)), { recursive: true });
      fd = fs.openSync(options.outputFile, 'w');
    } catch (e) {
      note(`无法写入输出文件 ${options.outputFile}：${describeError(e)} (cannot write the output file)`);
      return EXIT_TROUBLE;
    }
  }
  const write = fd !== undefined ? (t: string) => { fs.writeSync(fd!, t); } : (t: string) => io.out(t);
  const color = fd === undefined && wantsColor(options.color, io.stdoutIsTTY, io.env ?? {});
  const sink = outputSink(options.format, write, () => sarifOptions(check), { lang: check.lang, color });
  const kept: FileResult[] | undefined = options.report !== undefined ? [] : undefined;
  const unreadable: string[] = [];
  let fixesApplied = 0;
  let anyError = false;
  let warnings = 0;
  let done = 0;
  const emit = (raw: FileResult) => {
    // --quiet: errors only; --lang en: the English messages. The same result goes to --report.
    let r = options.quiet ? errorsOnly(raw) : raw;
    if (check.lang === 'en') r = inEnglish(r);
    warnings += r.diagnostics.filter((d) => d.severity === 'warning').length;
    sink.file(r);
    kept?.push(r);
    if (r.error !== undefined) unreadable.push(`${r.path}: ${r.error}`);
    if (r.diagnostics.some((d) => d.severity === 'error')) anyError = true;
  };
  for (const entry of check.entries) {
    check.progress.update(PASS_TWO, ++done, check.entries.length);
    if (entry.error !== undefined) {
      emit({ path: entry.path, kind: null, year: null, diagnostics: [], error: entry.error, ...(entry.unmatched ? { unmatched: true } : {}) });
      continue;
    }
    try {
      // Pass two only where it changes something: a report of the year before among the others
      // (the across-file rules), or --fix. Otherwise pass one's outcome is the file's outcome.
      const first = alone.get(entry.path);
      alone.delete(entry.path);
      const again = needsAgain(check, entry.path, first, related);
      const outcome = !again && first ? first.outcome : (checked?.get(entry.path) ?? checkAgain(check, entry.path, first, related));
      checked?.delete(entry.path);
      emit(outcome.result);
      fixesApplied += outcome.fixesApplied;
      outcome.notes.forEach(note);
      // --fix that could not write its fixes did not do what was asked: exit 2, like an unreadable file.
      if (outcome.notFixed) check.trouble = true;
    } catch (e) {
      // The engine survives a throwing rule by itself; this is the last guard so
      // one file cannot stop the run.
      const message = `内部错误 (internal error: ${e instanceof Error ? e.message : String(e)})`;
      emit({ path: entry.path, kind: null, year: null, diagnostics: [], error: message });
    }
  }
  check.progress.clear();

  if (unreadable.length > 0) check.trouble = true;
  unreadable.forEach(note);
  sink.end(options.fix ? fixesApplied : undefined);
  if (fd !== undefined) {
    fs.closeSync(fd);
    note(`输出已写入 ${options.outputFile} (output written)`);
  }

  if (options.report !== undefined && kept !== undefined) {
    // In addition to the output above, never instead of it; a report that cannot be
    // written is trouble like a file that cannot be read.
    const written = writeReport(options.report, kept, { version: VERSION, rules: RULES, generatedAt: new Date() });
    if (written.ok) note(`检查报告已写入 ${options.report} (report written)`);
    else {
      note(`无法写入检查报告 ${options.report}：${written.message} (cannot write the report)`);
      check.trouble = true;
    }
  }

  // --max-warnings N: more warnings than N fail the run, as in ESLint.
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) note(`警告 ${warnings} 个，超过 --max-warnings ${options.maxWarnings} (too many warnings: ${warnings}, maximum ${options.maxWarnings})`);
  if (check.trouble) return EXIT_TROUBLE;
  return anyError || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
}

/**
 * The SARIF options of a run: each rule's help inline; a helpUri only when a documentation base is
 * configured (--doc-url, else docUrl in the --config file or the .govreportrc.json nearest the
 * working directory), never a file: path of this machine; relative paths against the working directory.
 */
function sarifOptions(check: Check): SarifOptions {
  const base = check.options.docUrl ?? docUrlSetting(check.options.config ?? nearestRcFile(process.cwd()), check.note);
  return {
    rules: RULES,
    version: VERSION,
    srcRoot: pathToFileURL(process.cwd()).href.replace(/\/?$/, '/'),
    lang: check.lang,
    ...(base !== undefined ? { helpUri: (id: string) => ruleDocUrl(base, id) } : {}),
  };
}

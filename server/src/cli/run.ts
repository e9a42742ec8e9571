// The CLI as a function: argv in, output through `io`, exit status out.
// main.ts binds it to the process; tests may call it in process.
import { copiedFrom, DEFAULT_SETTINGS, previousOf, RULE_DOC_BASE, RULES, ruleDocPath, Settings } from '../core';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CheckOptions, parseArgs, USAGE } from './args';
import { AloneOutcome, checkAlone, checkFile } from './check';
import { LoadedSettings, loadConfigFile, SettingsResolver } from './config';
import { expandPaths } from './files';
import { importDraft } from './input/import-draft';
import { ConvertedInput, convertAsyncInputs, inputTypeOf, readHtmlInput } from './input';
import { FileResult, formatJson, formatSarif, formatText } from './output';
import { writeReport } from './report';
import { VERSION } from './version';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TROUBLE = 2;

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/**
 * run() with the async pre-step the CLI binary uses: every .docx and .pdf named or found is
 * converted (mammoth and pdfjs are async) before the synchronous check loop, which then reads the drafts from memory.
 */
export async function runAsync(argv: readonly string[], io: Io): Promise<number> {
  const command = parseArgs(argv);
  if (command.command === 'import') return runImport(command.file, command.out, io);
  if (command.command !== 'check') return run(argv, io);
  const files = expandPaths(command.options.paths).entries.filter((e) => e.error === undefined).map((e) => e.path);
  return run(argv, io, await convertAsyncInputs(files));
}

/**
 * Runs one command and returns the exit status; all output goes through io. `prepared`: the
 * .docx files already converted (runAsync); a .docx not among them is reported as unreadable.
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
      io.err(`govreport: ${command.message}\n\n${USAGE}`);
      return EXIT_TROUBLE;
    case 'check':
      return runCheck(command.options, io, prepared ?? new Map());
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

function runCheck(options: CheckOptions, io: Io, prepared: ReadonlyMap<string, ConvertedInput>): number {
  const note = (message: string) => io.err(`govreport: ${message}\n`);
  let trouble = false;

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

  const expanded = expandPaths(options.paths);
  // A path that matches no file (missing, a glob the shell left as is, a folder without
  // *.md or *.txt) is exit 2, as in ESLint, unless --no-error-on-unmatched-pattern: then
  // it is only noted on stderr and left out of the output.
  const emptyDirMessage = '未找到 *.md、*.txt、*.docx、*.html 或 *.pdf 文件 (no *.md, *.txt, *.docx, *.html or *.pdf files found)';
  const all = [...expanded.entries, ...expanded.emptyDirs.map((dir) => ({ path: dir, error: emptyDirMessage, unmatched: true }))];
  let entries = all;
  if (options.allowUnmatched) {
    for (const u of all) if (u.unmatched === true) note(`${u.path}: ${u.error}，已忽略 (ignored: --no-error-on-unmatched-pattern)`);
    entries = all.filter((e) => e.unmatched !== true);
  }

  const results: FileResult[] = [];
  let fixesApplied = 0;
  const settingsFor = (path: string): Settings => {
    const found = resolver.forFile(path);
    // A broken .govreportrc.json is reported (exit 2) but the file is still
    // checked, with the defaults, so one bad settings file does not hide the rest.
    if (!found.ok) trouble = true;
    const base: Settings = found.ok ? found.loaded.settings : DEFAULT_SETTINGS;
    return { ...base, format: options.kind ?? base.format };
  };
  const readable = entries.filter((e) => e.error === undefined);
  // Word and web files as drafts, converted once for both passes (.docx by runAsync beforehand).
  const converted = new Map<string, ConvertedInput>();
  const convertedOf = (p: string): ConvertedInput | undefined => {
    const type = inputTypeOf(p);
    if (type === 'text') return undefined;
    let c = converted.get(p) ?? prepared.get(p);
    if (c === undefined) {
      c = type === 'html' ? readHtmlInput(p) : { ok: false, message: '内部错误：Word 或 PDF 文件未预先转换 (internal error: the .docx or .pdf was not converted)' };
    }
    converted.set(p, c);
    return c;
  };
  if (options.fix && readable.some((e) => inputTypeOf(e.path) !== 'text')) {
    note('--fix 不写回 Word（.docx）、网页（.html）和 PDF（.pdf）文件，只报告问题 (--fix never writes to .docx, .html or .pdf files; they are only checked)');
  }
  // Pass one (a batch of several files): every file analysed, linted and summarised once, alone.
  const alone = new Map<string, AloneOutcome>();
  if (readable.length >= 2) {
    for (const entry of readable) {
      try {
        alone.set(entry.path, checkAlone(entry.path, settingsFor(entry.path), convertedOf(entry.path)));
      } catch {
        // checked again below, where a failure becomes the file's error
      }
    }
  }
  const related = [...alone.values()].flatMap((a) => (a.summary ? [a.summary] : []));
  for (const entry of entries) {
    if (entry.error !== undefined) {
      results.push({ path: entry.path, kind: null, year: null, diagnostics: [], error: entry.error, ...(entry.unmatched ? { unmatched: true } : {}) });
      continue;
    }
    try {
      // Pass two only where it changes something: a report of the year before among the others
      // (the across-file rules), or --fix. Otherwise pass one's outcome is the file's outcome.
      const first = alone.get(entry.path);
      // Also when another issuer's report of the same year is copied by this one (content-copied),
      // which the summaries alone tell.
      const s = first?.summary ?? null;
      const again = !first || options.fix || (s !== null && (previousOf(s, related.filter((r) => r.path !== entry.path)) !== undefined || copiedFrom(s, s.sentences, related) !== undefined));
      const outcome = again ? checkFile(entry.path, settingsFor(entry.path), options.fix, related, convertedOf(entry.path)) : first.outcome;
      results.push(outcome.result);
      fixesApplied += outcome.fixesApplied;
      outcome.notes.forEach(note);
      // --fix that could not write its fixes did not do what was asked: exit 2, like an unreadable file.
      if (outcome.notFixed) trouble = true;
    } catch (e) {
      // The engine survives a throwing rule by itself; this is the last guard so
      // one file cannot stop the run.
      const message = `内部错误 (internal error: ${e instanceof Error ? e.message : String(e)})`;
      results.push({ path: entry.path, kind: null, year: null, diagnostics: [], error: message });
    }
  }

  for (const r of results) {
    if (r.error !== undefined) {
      trouble = true;
      note(`${r.path}: ${r.error}`);
    }
  }

  if (options.format === 'json') {
    io.out(formatJson(results));
  } else if (options.format === 'sarif') {
    io.out(formatSarif(results, { rules: RULES, helpUri: ruleHelpUri, version: VERSION }));
  } else {
    io.out(formatText(results, options.fix ? fixesApplied : undefined));
  }

  if (options.report !== undefined) {
    // In addition to the output above, never instead of it; a report that cannot be
    // written is trouble like a file that cannot be read.
    const written = writeReport(options.report, results, { version: VERSION, rules: RULES, generatedAt: new Date() });
    if (written.ok) note(`检查报告已写入 ${options.report} (report written)`);
    else {
      note(`无法写入检查报告 ${options.report}：${written.message} (cannot write the report)`);
      trouble = true;
    }
  }

  if (trouble) return EXIT_TROUBLE;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}

/**
 * SARIF wants an absolute help URI. With no published base, the rule page is the
 * one shipped in the installed package (docs/rules/), as a file: URL, which also
 * works offline.
 */
function ruleHelpUri(id: string): string {
  if (RULE_DOC_BASE) return RULE_DOC_BASE + ruleDocPath(id);
  return pathToFileURL(path.join(packageRoot(), ruleDocPath(id))).href;
}

let root: string | undefined;

/** The folder of govreport's package.json: dist/ in the bundle, out/server/src/cli/ in tests. */
function packageRoot(): string {
  if (root !== undefined) return root;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown };
      if (pkg.name === 'govreport') return (root = dir);
    } catch {
      // No (readable) package.json here; keep climbing.
    }
    if (path.dirname(dir) === dir) return (root = path.resolve(__dirname, '..'));
  }
}

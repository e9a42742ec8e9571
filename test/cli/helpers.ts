// Shared helpers of the CLI tests: run the real bin/govreport.js, make temp
// folders, and encode text as GB18030 (Node decodes it but has no encoder).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** out/test/cli → repository root. */
export const ROOT = path.resolve(__dirname, '../../..');
export const BIN = path.join(ROOT, 'bin', 'govreport.js');
/** Relative to ROOT, which is the cwd of every run. */
export const SEEDS = path.join('test', 'fixtures', 'seeds');

export const SEED_FILES = {
  s000: '000_716b3ab937427b7d.txt',
  s001: '001_e1d25a63a80be9ed.txt',
  s002: '002_e3a656259dc033f9.txt',
  s003: '003_64090608850f335c.txt',
  s004: '004_18e10fec7b63ba04.txt',
} as const;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment of a CLI run: the locale and colour variables of the machine removed (the output
 * language follows LC_ALL/LC_MESSAGES/LANG, colour FORCE_COLOR/NO_COLOR), then `env` over it.
 */
export function cliEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE', 'FORCE_COLOR', 'NO_COLOR']) delete base[k];
  return { ...base, ...env };
}

export function runCli(args: readonly string[], cwd: string = ROOT, options: { input?: string | Buffer; env?: Record<string, string> } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: cliEnv(options.env), ...(options.input !== undefined ? { input: options.input } : {}) });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface JsonDiagnostic {
  rule: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface JsonFile {
  path: string;
  kind: string | null;
  year: number | null;
  diagnostics: JsonDiagnostic[];
  error?: string;
  /** Why a readable file of kind null is not a report. */
  reason?: string;
}

export interface JsonOutput {
  version: number;
  files: JsonFile[];
}

/** Runs with --format json and parses stdout, with stderr in the failure message. */
export function runJson(args: readonly string[], cwd: string = ROOT): { run: CliRun; json: JsonOutput } {
  const run = runCli(['check', '--format', 'json', ...args], cwd);
  let json: JsonOutput;
  try {
    json = JSON.parse(run.stdout) as JsonOutput;
  } catch (e) {
    throw new Error(`stdout is not JSON (status ${run.status}): ${(e as Error).message}\nstdout: ${run.stdout.slice(0, 2000)}\nstderr: ${run.stderr.slice(0, 2000)}`);
  }
  return { run, json };
}

export function fileByName(json: JsonOutput, name: string): JsonFile {
  const f = json.files.find((x) => path.basename(x.path) === name);
  if (!f) throw new Error(`${name} is not in the output: ${json.files.map((x) => x.path).join(', ')}`);
  return f;
}

const tempDirs: string[] = [];

/** A fresh folder under the system temp dir, removed by cleanupTempDirs(). */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-cli-'));
  tempDirs.push(dir);
  return dir;
}

export function cleanupTempDirs(): void {
  for (const d of tempDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

export function readSeed(name: string): string {
  return fs.readFileSync(path.join(ROOT, SEEDS, name), 'utf8');
}

/** A note that is clearly not a report, with a small table of numbers. */
export const WEEKLY_NOTE = `# 第12周工作周记

本周完成了三项任务，整理了会议纪要，下周继续推进。

| 事项 | 数量 |
| --- | --- |
| 会议 | 3 |
| 文件 | 12 |
| 合计 | 15 |

下周计划：完成季度总结。
`;

let gbTable: Map<string, number[]> | undefined;

/** Character → GB18030 bytes for the BMP, built by decoding every code once. */
function gb18030Table(): Map<string, number[]> {
  if (gbTable) return gbTable;
  const table = new Map<string, number[]>();
  const fatal = new TextDecoder('gb18030', { fatal: true });
  for (let b1 = 0x81; b1 <= 0xfe; b1++) {
    for (let b2 = 0x40; b2 <= 0xfe; b2++) {
      if (b2 === 0x7f) continue;
      try {
        const s = fatal.decode(Uint8Array.of(b1, b2));
        if (s.length === 1 && !table.has(s)) table.set(s, [b1, b2]);
      } catch {
        // Unassigned two-byte code.
      }
    }
  }
  // Four-byte codes: pointers 0..39419 cover the rest of the BMP, one char each.
  const count = 39420;
  const buf = new Uint8Array(count * 4);
  for (let p = 0; p < count; p++) buf.set(fourBytes(p), p * 4);
  const s = new TextDecoder('gb18030').decode(buf);
  if (s.length === count) {
    for (let p = 0; p < count; p++) if (!table.has(s[p])) table.set(s[p], fourBytes(p));
  }
  gbTable = table;
  return table;
}

function fourBytes(pointer: number): number[] {
  let r = pointer;
  const b1 = 0x81 + Math.floor(r / 12600);
  r %= 12600;
  const b2 = 0x30 + Math.floor(r / 1260);
  r %= 1260;
  const b3 = 0x81 + Math.floor(r / 10);
  const b4 = 0x30 + (r % 10);
  return [b1, b2, b3, b4];
}

export function encodeGb18030(text: string): Buffer {
  const table = gb18030Table();
  return encodeByTable(text, 'gb18030', (ch, cp) => (cp > 0xffff ? fourBytes(cp - 0x10000 + 189000) : table.get(ch)));
}

/** Text → bytes through `codeOf` (undefined: the encoding lacks the character, which throws), checked by decoding back. */
function encodeByTable(text: string, label: string, codeOf: (ch: string, cp: number) => number[] | undefined): Buffer {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) { out.push(cp); continue; }
    const bytes = codeOf(ch, cp);
    if (!bytes) throw new Error(`no ${label} code for U+${cp.toString(16)}`);
    out.push(...bytes);
  }
  const buf = Buffer.from(out);
  if (new TextDecoder(label).decode(buf) !== text) throw new Error(`${label} round trip failed`);
  return buf;
}

let big5Table: Map<string, number[]> | undefined;

/**
 * Text → Big5 bytes (Node has no Big5 encoder): a table built by decoding every two-byte code once; a
 * character Big5 lacks throws. The first code found for a character is used (the round trip checks it).
 */
export function encodeBig5(text: string): Buffer {
  if (!big5Table) {
    big5Table = new Map();
    const fatal = new TextDecoder('big5', { fatal: true });
    for (let b1 = 0x81; b1 <= 0xfe; b1++) {
      for (let b2 = 0x40; b2 <= 0xfe; b2++) {
        if (b2 > 0x7e && b2 < 0xa1) continue;
        try {
          const s = fatal.decode(Uint8Array.of(b1, b2));
          if (s.length === 1 && !big5Table.has(s)) big5Table.set(s, [b1, b2]);
        } catch {
          // Unassigned two-byte code.
        }
      }
    }
  }
  const table = big5Table;
  return encodeByTable(text, 'big5', (ch) => table.get(ch));
}

export function encodeUtf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/**
 * True when `after` differs from `before` only inside the given spans of `before`:
 * the text between spans must survive, in order, with anything in the gaps.
 */
export function changedOnlyInside(before: string, after: string, spans: readonly { start: number; end: number }[]): boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const segments: string[] = [];
  let pos = 0;
  for (const s of sorted) {
    if (s.start > pos) segments.push(before.slice(pos, s.start));
    else if (segments.length === 0) segments.push('');
    pos = Math.max(pos, s.end);
  }
  segments.push(before.slice(pos));
  if (sorted.length === 0) return before === after;
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (!after.startsWith(first) || !after.endsWith(last)) return false;
  let at = first.length;
  const limit = after.length - last.length;
  if (limit < at) return false;
  for (const seg of segments.slice(1, -1)) {
    const i = after.indexOf(seg, at);
    if (i < 0 || i + seg.length > limit) return false;
    at = i + seg.length;
  }
  return true;
}

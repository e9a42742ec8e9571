// The batch benchmark's corpus: generated drafts in every layout and format, written once into
// .cache/bench-corpus/ (git-ignored) and reused while the generator and the size are unchanged.
// Drafts come from test/gen/drafts.ts as compiled into out/ (`npx tsc -p tsconfig.json`).
//
//   matrix/     gov-info-2019 and gov-info-2021 × gfm / loose-pipe / tab × Simplified /
//               Traditional × .md / .txt (half of the .txt with CRLF line ends)
//   meaning/    gov-info-2008 and rule-of-law (sections checked by meaning, no statutory tables)
//   real/       the five real seed reports, the sample draft, and the ten published reports of
//               test/fixtures/real/ (PDF text in reading order and with -layout, browser copies with
//               tabs, one cell per line, blank-line cells, Traditional with converter pinyin, …)
//
// The folder also holds .markdownlint-cli2.jsonc so that markdownlint-cli2, run from there,
// applies its default rules and prints nothing (the benchmark times linting, not a terminal).
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS = join(ROOT, '.cache', 'bench-corpus');
const require = createRequire(import.meta.url);
/** Published reports as their text came from PDF, web pages and browser copies (every real-world layout). */
const REAL = join(ROOT, 'test', 'fixtures', 'real');

/** Matrix drafts (≈ 5.7 KB each) and prose-only drafts (≈ 1.5 KB each): about 10 MB in all. */
export const DEFAULT_SIZE = { matrix: 1700, meaning: 200 };

const MARKDOWNLINT_CONFIG = `// Written by bench/corpus.mjs: markdownlint's default rules, no output.
{
  "config": { "default": true },
  "noBanner": true,
  "noProgress": true,
  "outputFormatters": []
}
`;

function generatorStamp(size) {
  const h = createHash('sha256');
  h.update(JSON.stringify(size));
  for (const f of readdirSync(join(ROOT, 'out', 'test', 'gen')).filter((n) => n.endsWith('.js')).sort()) {
    h.update(f).update(readFileSync(join(ROOT, 'out', 'test', 'gen', f)));
  }
  h.update(MARKDOWNLINT_CONFIG);
  h.update(readdirSync(REAL).join('|'));
  return h.digest('hex').slice(0, 16);
}

/** Writes the corpus unless an identical one is there; returns its folder and file statistics. */
export function ensureCorpus(size = DEFAULT_SIZE, dir = CORPUS) {
  const gen = join(ROOT, 'out', 'test', 'gen', 'drafts.js');
  if (!existsSync(gen)) throw new Error('out/test/gen/drafts.js is missing: run "npx tsc -p tsconfig.json" first');
  const stamp = generatorStamp(size);
  const stampFile = join(dir, '.stamp');
  let generatedMs = 0;
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    const t0 = performance.now();
    rmSync(dir, { recursive: true, force: true });
    for (const sub of ['matrix', 'meaning', 'real']) mkdirSync(join(dir, sub), { recursive: true });
    const { generateDraft, matrixOptions } = require(gen);
    for (let i = 0; i < size.matrix; i++) {
      const d = generateDraft(matrixOptions(i));
      const eol = d.eol === '\r\n' ? '-crlf' : '';
      writeFileSync(join(dir, 'matrix', `${String(i).padStart(4, '0')}-${d.kind}-${d.layout}-${d.script}${eol}.${d.flavour}`), d.text);
    }
    const kinds = ['gov-info-2008', 'rule-of-law'];
    for (let i = 0; i < size.meaning; i++) {
      const kind = kinds[i % 2];
      const flavour = (i >> 1) % 2 ? 'txt' : 'md';
      const script = (i >> 2) % 2 ? 'traditional' : 'simplified';
      const d = generateDraft({ kind, seed: 10_000 + i, flavour, script, eol: flavour === 'txt' && (i >> 3) % 2 ? '\r\n' : '\n' });
      writeFileSync(join(dir, 'meaning', `${String(i).padStart(4, '0')}-${kind}-${script}.${flavour}`), d.text);
    }
    const seeds = join(ROOT, 'test', 'fixtures', 'seeds');
    for (const f of readdirSync(seeds).filter((n) => /^\d{3}_.*\.txt$/.test(n))) copyFileSync(join(seeds, f), join(dir, 'real', f));
    copyFileSync(join(ROOT, 'samples', 'sample-2023-report.md'), join(dir, 'real', 'sample-2023-report.md'));
    for (const f of readdirSync(REAL).filter((n) => n.endsWith('.txt'))) copyFileSync(join(REAL, f), join(dir, 'real', f));
    writeFileSync(join(dir, '.markdownlint-cli2.jsonc'), MARKDOWNLINT_CONFIG);
    writeFileSync(stampFile, stamp);
    generatedMs = performance.now() - t0;
  }
  let files = 0;
  let bytes = 0;
  for (const sub of ['matrix', 'meaning', 'real']) {
    for (const f of readdirSync(join(dir, sub))) {
      files++;
      bytes += statSync(join(dir, sub, f)).size;
    }
  }
  return { dir, files, bytes, generatedMs };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const c = ensureCorpus();
  console.log(`${c.dir}: ${c.files} files, ${(c.bytes / 1024 / 1024).toFixed(2)} MB${c.generatedMs ? `, generated in ${(c.generatedMs / 1000).toFixed(1)} s` : ' (reused)'}`);
}

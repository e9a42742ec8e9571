// The CLI over a folder with two years of one office and a second unit of the same year:
// the across-year rules (tables-unchanged, problems-repeated) and content-copied between units,
// and the HTML report's list of copied pairs.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanupTempDirs, runCli, tempDir } from './helpers';
import { generateDraft } from '../gen/drafts';

after(cleanupTempDirs);

interface Out { files: { path: string; diagnostics: { rule: string; severity: string; message: string }[] }[] }

test('CLI batch: one office\'s two years and a unit that copied it', () => {
  const dir = tempDir();
  const a2022 = generateDraft({ kind: 'gov-info-2021', seed: 5, year: 2022 });
  const a2023 = generateDraft({ kind: 'gov-info-2021', seed: 5, year: 2023 });
  const other = generateDraft({ kind: 'gov-info-2021', seed: 6, year: 2023 });
  const copier = generateDraft({ kind: 'gov-info-2021', seed: 9, year: 2023 });
  assert.equal(new Set([a2023.issuer, other.issuer, copier.issuer]).size, 3);
  fs.writeFileSync(path.join(dir, 'a-2022.md'), a2022.text);
  fs.writeFileSync(path.join(dir, 'a-2023.md'), a2023.text);
  fs.writeFileSync(path.join(dir, 'b-2023.md'), other.text);
  fs.writeFileSync(path.join(dir, 'c-2023.md'), a2023.text.split(a2023.issuer).join(copier.issuer));
  const html = path.join(tempDir(), 'report.html');
  const out = JSON.parse(runCli(['check', '--format', 'json', '--report', html, dir]).stdout) as Out;
  const of = (name: string, rule: string) => out.files.find((f) => f.path.endsWith(name))!.diagnostics.filter((d) => d.rule === rule);
  // Across years (same office).
  assert.equal(of('a-2023.md', 'tables-unchanged').length, 1);
  assert.equal(of('a-2023.md', 'problems-repeated').length, 1);
  assert.equal(of('a-2022.md', 'tables-unchanged').length, 0, 'nothing of 2021 to compare with');
  // Across units (same year): the copier and the copied, each naming the other; the third unit is clean.
  const c = of('c-2023.md', 'content-copied');
  assert.equal(c.length, 1);
  assert.match(c[0].message, new RegExp(`^与“${a2023.issuer}2023年报告”（.*a-2023\\.md）的正文大部分相同`));
  assert.match(of('a-2023.md', 'content-copied')[0]?.message ?? '', new RegExp(`^与“${copier.issuer}2023年报告”`));
  assert.equal(of('b-2023.md', 'content-copied').length, 0);
  assert.equal(of('a-2022.md', 'content-copied').length, 0, 'another year');
  const page = fs.readFileSync(html, 'utf8');
  assert.match(page, /<h2>不同单位报告正文雷同<\/h2>/);
  assert.equal((page.match(/的正文大部分相同/g) ?? []).length >= 2, true);
  // Alone, a file has nothing to compare with.
  const alone = JSON.parse(runCli(['check', '--format', 'json', path.join(dir, 'c-2023.md')]).stdout) as Out;
  assert.equal(alone.files[0].diagnostics.filter((d) => d.rule === 'content-copied').length, 0);
});

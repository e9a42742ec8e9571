// What goes into the .vsix, checked without building one: `vsce ls --no-dependencies` lists
// the files `npm run package` would pack (it reads .vscodeignore, runs no build and takes about
// two seconds; packing itself rebuilds dist/ in production mode, which must not happen while
// other test files use dist/cli.js). Plus the manifest fields the Marketplace and VS Code read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/core';

/** out/test → repository root. */
const ROOT = join(__dirname, '..', '..');
const VSCE = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, any>;

let listed: string[] | undefined;
function packagedFiles(): string[] {
  if (listed) return listed;
  const r = spawnSync(process.execPath, [VSCE, 'ls', '--no-dependencies', '--readme-path', 'docs/user-readme.md'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, `vsce ls failed: ${r.error ?? ''}\n${r.stderr}`);
  listed = r.stdout.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).sort();
  return listed;
}

const REQUIRED = [
  'package.json',
  'package.nls.json',
  'package.nls.en.json',
  // The package's README (vsce packs it as readme.md); the repository's README.md is for developers.
  'docs/user-readme.md',
  'CHANGELOG.md',
  'LICENSE',
  'dist/extension.js',
  'dist/server.js',
  'images/icon.png',
  'l10n/bundle.l10n.en.json',
  'snippets/markdown.json',
  'snippets/plaintext.json',
  'syntaxes/govreport.injection.tmLanguage.json',
  'syntaxes/plaintext.tmLanguage.json',
  'docs/rules/README.md',
  ...RULES.map((r) => `docs/rules/${r.id}.md`),
];

test('the .vsix holds every file the extension needs', () => {
  const files = packagedFiles();
  const missing = REQUIRED.filter((f) => !files.includes(f));
  assert.deepEqual(missing, [], 'missing from the package (built? npm test builds first)');
  // Every path the manifest points at is packed.
  const pointed = [
    manifest.main.replace(/^\.\//, ''),
    manifest.icon,
    ...manifest.contributes.snippets.map((s: { path: string }) => s.path.replace(/^\.\//, '')),
    ...manifest.contributes.grammars.map((g: { path: string }) => g.path.replace(/^\.\//, '')),
  ];
  for (const p of pointed) assert.ok(files.includes(p), `${p} (named in package.json) is not packed`);
});

test('the .vsix holds no sources, tests, maps, dependencies or tooling', () => {
  const files = packagedFiles();
  const forbidden = files.filter((f) =>
    /(^|\/)node_modules\//.test(f) ||
    /\.(ts|map|tsbuildinfo|vsix|mjs)$/.test(f) ||
    /^(client|server|test|out|bench|scripts|samples|bin|\.vscode|\.github|coverage|test-results)\//.test(f) ||
    /^(package-lock\.json|tsconfig.*\.json|esbuild\.mjs|\.gitignore|\.vscodeignore)$/.test(f) ||
    // The CLI bundle: bin/ is not shipped, so nothing could run it.
    f === 'dist/cli.js' || f === 'dist/cli-worker.js');
  assert.deepEqual(forbidden, []);
  // Only the known top-level entries, so a new stray folder is noticed.
  const top = [...new Set(files.map((f) => f.split('/')[0]))].sort();
  assert.deepEqual(top, ['CHANGELOG.md', 'LICENSE', 'dist', 'docs', 'images', 'l10n', 'package.json', 'package.nls.en.json', 'package.nls.json', 'snippets', 'syntaxes']);
});

test('marketplace fields', () => {
  assert.equal(manifest.name, 'govreport');
  assert.match(manifest.displayName, /[\u4e00-\u9fff]/, 'Chinese display name');
  assert.match(manifest.description, /[\u4e00-\u9fff]/, 'Chinese description');
  assert.deepEqual([...manifest.categories].sort(), ['Linters', 'Snippets']);
  assert.ok(manifest.keywords.length >= 5 && manifest.keywords.length <= 30, 'vsce allows at most 30 keywords');
  assert.equal(manifest.license, 'MIT');
  // No repository exists yet: better absent than invented (npm run package passes --allow-missing-repository).
  for (const k of ['repository', 'homepage', 'bugs']) assert.ok(!(k in manifest), `${k} must not point at an invented URL`);
  assert.match(manifest.scripts.package, /vsce package --no-dependencies/);
  assert.match(manifest.scripts.package, /--allow-missing-repository/);
  assert.equal(manifest.scripts['vscode:prepublish'], 'node esbuild.mjs --production');
});

test('engines.vscode is what vscode-languageclient 9 requires, and matches @types/vscode', () => {
  const client = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'vscode-languageclient', 'package.json'), 'utf8')) as { engines: { vscode: string } };
  assert.equal(manifest.engines.vscode, client.engines.vscode);
  assert.equal(manifest.engines.vscode, '^1.82.0');
  assert.match(manifest.devDependencies['@types/vscode'], /^~?1\.82\./, '@types/vscode may not be newer than engines.vscode (vsce refuses)');
});

test('activation, capabilities and contributions', () => {
  assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown', 'onLanguage:plaintext']);
  const caps = manifest.capabilities;
  assert.equal(caps.untrustedWorkspaces.supported, true);
  assert.match(caps.untrustedWorkspaces.description, /不执行/);
  assert.equal(caps.virtualWorkspaces.supported, 'limited');
  assert.ok(caps.virtualWorkspaces.description);
  // Every %key% of the manifest has a Chinese and an English string.
  const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length > 0);
  for (const file of ['package.nls.json', 'package.nls.en.json']) {
    const nls = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, string>;
    for (const k of keys) assert.ok(nls[k], `${file} has no ${k}`);
  }
});

test('icon: a 128×128 PNG', () => {
  const png = readFileSync(join(ROOT, manifest.icon));
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.equal(png.toString('ascii', 12, 16), 'IHDR');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
});

test('LICENSE is MIT for GovReport contributors; CHANGELOG has this version', () => {
  const license = readFileSync(join(ROOT, 'LICENSE'), 'utf8');
  assert.match(license, /^MIT License/);
  assert.match(license, /Copyright \(c\) \d{4} GovReport contributors/);
  const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
  assert.ok(changelog.includes(`## ${manifest.version}`), `CHANGELOG.md has no entry for ${manifest.version}`);
  assert.ok(existsSync(join(ROOT, '.vscodeignore')));
});

test('the package README is for users: what it does, a screenshot, how to start, every command and setting, no developer steps', () => {
  const files = packagedFiles();
  assert.ok(!files.includes('README.md'), 'the developer README is not packed');
  const readme = readFileSync(join(ROOT, 'docs', 'user-readme.md'), 'utf8');
  assert.match(readme.split('\n')[0], /^# GovReport/);
  // Developer commands and repository-only folders have no place on the extension's details page.
  for (const dev of ['npm install', 'npm test', 'npm run', 'samples/', 'node_modules', 'out/']) assert.ok(!readme.includes(dev), `user README mentions ${dev}`);
  // Images and links it points at are in the package.
  for (const m of readme.matchAll(/\]\(([^)#]+)\)/g)) assert.ok(files.includes(m[1]), `${m[1]} (linked from the user README) is not packed`);
  assert.match(readme, /!\[[^\]]*\]\(images\/[^)]+\.png\)/, 'a screenshot');
  const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
  for (const c of manifest.contributes.commands as { title: string }[]) {
    const title = (nls[c.title.replace(/%/g, '')] ?? c.title).replace(/…$/, '');
    assert.ok(readme.includes(title), `user README lacks the command ${title}`);
  }
  for (const key of Object.keys(manifest.contributes.configuration.properties)) assert.ok(readme.includes(`\`${key}\``), `user README lacks the setting ${key}`);
  assert.ok(/## English/.test(readme), 'an English section');
});

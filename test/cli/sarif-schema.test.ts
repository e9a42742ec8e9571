// The SARIF log against the SARIF 2.1.0 schema: no schema validator is installed, so this is a
// focused validator of the structure the schema requires of what govreport writes (required
// properties, enums, the objects' allowed properties — the schema's additionalProperties: false —
// URI formats, uriBaseIds defined in originalUriBaseIds), and the help that replaced file: URIs.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileResult, formatSarif, sarifHelp } from '../../server/src/cli/output';
import { RULES } from '../../server/src/core';
import { cleanupTempDirs, runCli, SEED_FILES, SEEDS, tempDir, WEEKLY_NOTE } from './helpers';

after(cleanupTempDirs);

type Obj = Record<string, unknown>;

const ALLOWED: Record<string, readonly string[]> = {
  log: ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties'],
  run: ['tool', 'invocations', 'conversion', 'language', 'versionControlProvenance', 'originalUriBaseIds', 'artifacts', 'logicalLocations', 'graphs', 'results', 'automationDetails', 'runAggregates', 'baselineGuid', 'redactionTokens', 'defaultEncoding', 'defaultSourceLanguage', 'newlineSequences', 'columnKind', 'externalPropertyFileReferences', 'threadFlowLocations', 'taxonomies', 'addresses', 'translations', 'policies', 'webRequests', 'webResponses', 'specialLocations', 'properties'],
  driver: ['name', 'version', 'semanticVersion', 'informationUri', 'rules', 'notifications', 'taxa', 'fullName', 'organization', 'product', 'downloadUri', 'guid', 'properties', 'shortDescription', 'fullDescription', 'dottedQuadFileVersion', 'releaseDateUtc', 'fileVersion', 'productSuite', 'language', 'contents', 'isComprehensive', 'localizedDataSemanticVersion', 'minimumRequiredLocalizedDataSemanticVersion', 'associatedComponent', 'translationMetadata', 'supportedTaxonomies', 'globalMessageStrings', 'locations'],
  rule: ['id', 'deprecatedIds', 'guid', 'deprecatedGuids', 'name', 'deprecatedNames', 'shortDescription', 'fullDescription', 'messageStrings', 'defaultConfiguration', 'helpUri', 'help', 'relationships', 'properties'],
  multiformat: ['text', 'markdown', 'properties'],
  result: ['ruleId', 'ruleIndex', 'rule', 'kind', 'level', 'message', 'analysisTarget', 'locations', 'guid', 'correlationGuid', 'occurrenceCount', 'partialFingerprints', 'fingerprints', 'stacks', 'codeFlows', 'graphs', 'graphTraversals', 'relatedLocations', 'suppressions', 'baselineState', 'rank', 'attachments', 'hostedViewerUri', 'workItemUris', 'provenance', 'fixes', 'taxa', 'webRequest', 'webResponse', 'properties'],
  artifactLocation: ['uri', 'uriBaseId', 'index', 'description', 'properties'],
  region: ['startLine', 'startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength', 'byteOffset', 'byteLength', 'snippet', 'message', 'sourceLanguage', 'properties'],
  invocation: ['commandLine', 'arguments', 'responseFiles', 'startTimeUtc', 'endTimeUtc', 'exitCode', 'ruleConfigurationOverrides', 'notificationConfigurationOverrides', 'toolExecutionNotifications', 'toolConfigurationNotifications', 'exitCodeDescription', 'exitSignalName', 'exitSignalNumber', 'processStartFailureMessage', 'executionSuccessful', 'machine', 'account', 'processId', 'executableLocation', 'workingDirectory', 'environmentVariables', 'stdin', 'stdout', 'stderr', 'stdoutStderr', 'properties'],
};

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const ABSOLUTE_URI = /^[a-z][a-z0-9+.-]*:/i;

/** Every problem of a SARIF 2.1.0 log, as `where: what` strings (empty: valid). */
export function sarifProblems(log: unknown): string[] {
  const problems: string[] = [];
  const fail = (where: string, what: string) => problems.push(`${where}: ${what}`);
  const keys = (o: Obj, kind: string, where: string) => {
    for (const k of Object.keys(o)) if (!ALLOWED[kind].includes(k)) fail(where, `property ${k} not allowed`);
  };
  const str = (o: Obj, k: string, where: string, required = false) => {
    if (o[k] === undefined) {
      if (required) fail(where, `${k} required`);
    } else if (typeof o[k] !== 'string') fail(where, `${k} must be a string`);
  };
  const multiformat = (v: unknown, where: string) => {
    if (v === undefined) return;
    if (!isObj(v)) return fail(where, 'must be an object');
    keys(v, 'multiformat', where);
    str(v, 'text', where, true);
    str(v, 'markdown', where);
  };
  const message = (v: unknown, where: string) => {
    if (!isObj(v)) return fail(where, 'message required');
    if (typeof v.text !== 'string' && typeof v.id !== 'string') fail(where, 'message needs text or id');
  };
  const positive = (o: Obj, k: string, where: string, min: number) => {
    if (o[k] !== undefined && !(Number.isInteger(o[k]) && (o[k] as number) >= min)) fail(where, `${k} must be an integer >= ${min}`);
  };
  if (!isObj(log)) return ['log: not an object'];
  keys(log, 'log', 'log');
  if (log.version !== '2.1.0') fail('log', 'version must be 2.1.0');
  if (!Array.isArray(log.runs)) return [...problems, 'log: runs required'];
  log.runs.forEach((run: unknown, ri: number) => {
    const w = `runs[${ri}]`;
    if (!isObj(run)) return fail(w, 'not an object');
    keys(run, 'run', w);
    const bases = isObj(run.originalUriBaseIds) ? run.originalUriBaseIds : {};
    for (const [id, loc] of Object.entries(bases)) {
      if (!isObj(loc) || typeof loc.uri !== 'string') fail(`${w}.originalUriBaseIds.${id}`, 'uri required');
      else {
        keys(loc, 'artifactLocation', `${w}.originalUriBaseIds.${id}`);
        if (!ABSOLUTE_URI.test(loc.uri) || !loc.uri.endsWith('/')) fail(`${w}.originalUriBaseIds.${id}`, 'an absolute URI ending in / is required (SARIF 3.14.14)');
      }
    }
    const location = (v: unknown, where: string) => {
      if (!isObj(v)) return fail(where, 'artifactLocation must be an object');
      keys(v, 'artifactLocation', where);
      str(v, 'uri', where, true);
      if (typeof v.uri === 'string' && /[\\ ]/.test(v.uri)) fail(where, 'uri must be a URI reference');
      if (v.uriBaseId !== undefined && !(typeof v.uriBaseId === 'string' && v.uriBaseId in bases)) fail(where, `uriBaseId ${String(v.uriBaseId)} not in originalUriBaseIds`);
      if (typeof v.uri === 'string' && v.uri.startsWith('file:') && v.uriBaseId !== undefined) fail(where, 'an absolute uri has no uriBaseId');
    };
    if (!isObj(run.tool) || !isObj(run.tool.driver)) return fail(w, 'tool.driver required');
    const driver = run.tool.driver;
    keys(driver, 'driver', `${w}.tool.driver`);
    str(driver, 'name', `${w}.tool.driver`, true);
    const rules = Array.isArray(driver.rules) ? driver.rules : [];
    rules.forEach((r: unknown, i: number) => {
      const rw = `${w}.tool.driver.rules[${i}]`;
      if (!isObj(r)) return fail(rw, 'not an object');
      keys(r, 'rule', rw);
      str(r, 'id', rw, true);
      multiformat(r.shortDescription, `${rw}.shortDescription`);
      multiformat(r.fullDescription, `${rw}.fullDescription`);
      multiformat(r.help, `${rw}.help`);
      if (r.helpUri !== undefined && !(typeof r.helpUri === 'string' && ABSOLUTE_URI.test(r.helpUri))) fail(rw, 'helpUri must be an absolute URI');
      const cfg = r.defaultConfiguration;
      if (cfg !== undefined && (!isObj(cfg) || !['none', 'note', 'warning', 'error'].includes(cfg.level as string))) fail(rw, 'defaultConfiguration.level invalid');
    });
    if (run.columnKind !== undefined && !['utf16CodeUnits', 'unicodeCodePoints'].includes(run.columnKind as string)) fail(w, 'columnKind invalid');
    const results = Array.isArray(run.results) ? run.results : [];
    results.forEach((res: unknown, i: number) => {
      const rw = `${w}.results[${i}]`;
      if (!isObj(res)) return fail(rw, 'not an object');
      keys(res, 'result', rw);
      message(res.message, rw);
      str(res, 'ruleId', rw);
      positive(res, 'ruleIndex', rw, 0);
      if (typeof res.ruleIndex === 'number' && (rules[res.ruleIndex] as Obj | undefined)?.id !== res.ruleId) fail(rw, 'ruleIndex does not point at ruleId');
      if (res.level !== undefined && !['none', 'note', 'warning', 'error'].includes(res.level as string)) fail(rw, 'level invalid');
      for (const [li, loc] of (Array.isArray(res.locations) ? res.locations : []).entries()) {
        const pl = isObj(loc) ? loc.physicalLocation : undefined;
        if (!isObj(pl)) {
          fail(`${rw}.locations[${li}]`, 'physicalLocation expected');
          continue;
        }
        location(pl.artifactLocation, `${rw}.locations[${li}].artifactLocation`);
        if (isObj(pl.region)) {
          const rg = pl.region;
          keys(rg, 'region', `${rw}.region`);
          for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) positive(rg, k, `${rw}.region`, 1);
          if ((rg.endLine as number) < (rg.startLine as number)) fail(`${rw}.region`, 'endLine before startLine');
        }
      }
    });
    (Array.isArray(run.invocations) ? run.invocations : []).forEach((inv: unknown, i: number) => {
      const iw = `${w}.invocations[${i}]`;
      if (!isObj(inv)) return fail(iw, 'not an object');
      keys(inv, 'invocation', iw);
      if (typeof inv.executionSuccessful !== 'boolean') fail(iw, 'executionSuccessful required');
      (Array.isArray(inv.toolExecutionNotifications) ? inv.toolExecutionNotifications : []).forEach((n: unknown, j: number) => {
        if (!isObj(n)) return fail(`${iw}.toolExecutionNotifications[${j}]`, 'not an object');
        message(n.message, `${iw}.toolExecutionNotifications[${j}]`);
        for (const loc of Array.isArray(n.locations) ? n.locations : []) location((loc as Obj).physicalLocation && ((loc as Obj).physicalLocation as Obj).artifactLocation, `${iw}.toolExecutionNotifications[${j}]`);
      });
    });
  });
  return problems;
}

test('the validator can fail: it names what a broken log gets wrong', () => {
  const bad = {
    version: '2.0.0',
    runs: [{
      tool: { driver: { rules: [{ id: 'x', helpUri: 'docs/rules/x.md', help: { markdown: 'only md' } }] } },
      results: [{ ruleId: 'x', ruleIndex: 3, level: 'fatal', locations: [{ physicalLocation: { artifactLocation: { uri: 'a b\\c.md', uriBaseId: 'SRC' } } }] }],
      invocations: [{ bogus: 1 }],
    }],
  };
  const p = sarifProblems(bad).join('\n');
  for (const expected of ['version must be 2.1.0', 'name required', 'helpUri must be an absolute URI', 'text required', 'message required', 'ruleIndex does not point', 'level invalid', 'uri must be a URI reference', 'uriBaseId SRC not in originalUriBaseIds', 'property bogus not allowed', 'executionSuccessful required']) {
    assert.ok(p.includes(expected), `${expected} in:\n${p}`);
  }
});

test('formatSarif: valid, with every rule\'s help inline (text and Markdown) and no helpUri unless configured', () => {
  const files: FileResult[] = [
    { path: 'drafts/2022.md', kind: 'gov-info-2021', year: 2022, diagnostics: [{ rule: 'table-balance', severity: 'error', message: '不平衡', line: 2, column: 1, endLine: 2, endColumn: 4 }] },
    { path: 'missing.md', kind: null, year: null, diagnostics: [], error: '文件或目录不存在' },
  ];
  const plain = JSON.parse(formatSarif(files, { rules: RULES, version: '1' }));
  assert.deepEqual(sarifProblems(plain), []);
  for (const r of plain.runs[0].tool.driver.rules) {
    assert.equal(r.helpUri, undefined);
    assert.ok(r.help.text.length > 20 && r.help.markdown.includes(`\`${r.id}\``), r.id);
  }
  const rule = RULES.find((r) => r.examples)!;
  assert.ok(sarifHelp(rule).markdown.includes(rule.examples!.wrong.split('\n')[0]));
  const based = JSON.parse(formatSarif(files, { rules: RULES, version: '1', srcRoot: 'file:///work/repo/', helpUri: (id) => `https://docs.example/rules/${id}.md` }));
  assert.deepEqual(sarifProblems(based), []);
  assert.equal(based.runs[0].tool.driver.rules[0].helpUri, `https://docs.example/rules/${RULES[0].id}.md`);
  assert.deepEqual(based.runs[0].originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///work/repo/' } });
  assert.deepEqual(based.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { uri: 'drafts/2022.md', uriBaseId: '%SRCROOT%' });
});

test('CLI: valid SARIF, no file: URI anywhere but the source root; --doc-url and docUrl give helpUri', () => {
  const r = runCli(['check', '--format', 'sarif', path.join(SEEDS, SEED_FILES.s000), path.join(SEEDS, SEED_FILES.s001)]);
  const log = JSON.parse(r.stdout);
  assert.deepEqual(sarifProblems(log), []);
  const run = log.runs[0];
  assert.ok(run.results.length > 0);
  assert.ok(run.tool.driver.rules.every((x: Obj) => x.helpUri === undefined), 'no helpUri without a documentation base');
  assert.ok(!JSON.stringify(run.tool).includes('file:'), 'no file: URI in the rules');
  assert.match(run.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/.*\/$/);
  assert.equal(run.results[0].locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');

  const withOption = JSON.parse(runCli(['check', '--format', 'sarif', '--doc-url', 'https://docs.example/rules/{rule}.html', path.join(SEEDS, SEED_FILES.s000)]).stdout);
  assert.equal(withOption.runs[0].tool.driver.rules[0].helpUri, `https://docs.example/rules/${RULES[0].id}.html`);

  const dir = tempDir();
  fs.writeFileSync(path.join(dir, '.govreportrc.json'), JSON.stringify({ docUrl: 'https://docs.example/govreport/docs/rules' }));
  fs.writeFileSync(path.join(dir, 'note.md'), WEEKLY_NOTE);
  const withRc = JSON.parse(runCli(['check', '--format', 'sarif', 'note.md'], dir).stdout);
  assert.deepEqual(sarifProblems(withRc), []);
  assert.equal(withRc.runs[0].tool.driver.rules[0].helpUri, `https://docs.example/govreport/docs/rules/${RULES[0].id}.md`);

  const bad = runCli(['check', '--format', 'sarif', '--doc-url', 'docs/rules', 'note.md'], dir);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--doc-url must be an absolute URL/);
});

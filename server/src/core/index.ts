// Public surface of the pure language service. The server, the CLI and the tests
// import from here only.
export * from './types';
export { LineMap, Position } from './text/line-map';
export { lint, analyze, analyzeSteps, lintAnalysis, lintSteps, summarize, Analysis } from './engine/lint';
export { runSteps } from './engine/steps';
export { applyFixes, ApplyResult } from './engine/apply-fixes';
export { summarizeAnalysis, figureValue, shareFigureKeys, previousOf, peersOf, copiedFrom, relatedExcept, previousExcept } from './engine/related';
export { collectAcross, judgeAcross, acrossRanges, selfOfSummary, AcrossData } from './engine/across';
export { normalizeSettings, overlaySettings, DEFAULT_SETTINGS, SettingsProblem } from './engine/settings';
export { RULES, ruleById, ruleDocPath, RULE_DOC_BASE } from './rules/index';
export { Rule, RuleInfo, RuleFormats, ruleKinds, appliesToFormat } from './rules/rule';
export { fixTitleEn } from './engine/fix-title-en';

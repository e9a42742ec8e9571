// directive-unused: a disable directive that silenced nothing (ESLint's
// --report-unused-disable-directives), reported only when the setting
// reportUnusedDisableDirectives (CLI: --report-unused-disable-directives) is on. Whether a
// directive silenced anything is known only after every other rule ran, so the engine
// (engine/lint.ts) reports these findings under this id; check() itself finds nothing.
import type { Rule } from './rule';

export const directiveUnused: Rule = {
  id: 'directive-unused',
  formats: 'all',
  withoutKind: true,
  notSilenced: true,
  defaultSeverity: 'warning',
  title: { zh: '停用指令没有起作用', en: 'Unused disable directive' },
  description: {
    zh: '`<!-- govreport-disable … -->` 等停用指令（或其中列出的某条规则）没有停用任何问题：问题已改正、规则名写错或指令位置不对。留着它会在以后掩盖新出现的问题。'
      + '只在开启设置 `reportUnusedDisableDirectives`（编辑器中 `govReport.reportUnusedDisableDirectives`，命令行 `--report-unused-disable-directives`）时检查，默认关闭。快速修复（需确认）删除整条不起作用的指令。',
    en: 'A `<!-- govreport-disable … -->` directive (or one rule of its list) silenced no finding: the problem was fixed, the rule name is wrong or the directive is in the wrong place. Left in, it would hide a later problem. '
      + 'Checked only when the setting `reportUnusedDisableDirectives` is on (`govReport.reportUnusedDisableDirectives` in the editor, `--report-unused-disable-directives` in the CLI); off by default. The quick fix (to be confirmed) removes a directive that silences nothing.',
  },
  basis: 'GovReport 指令语法（参照 ESLint 的 --report-unused-disable-directives）',
  examples: {
    wrong: '本年度共收到申请12件。<!-- govreport-disable-line table-balance -->',
    right: '本年度共收到申请12件。',
    note: '这一行没有 table-balance 问题，停用指令不起作用，应删除。',
  },
  check() {
    // Reported by the engine after the other rules (see the header).
  },
};

// textDocument/hover: the core feature hover (table cell, statutory heading, disposition term)
// joined with the rule explanation of every GovReport diagnostic under the cursor (rules first).
import { CancellationToken, Hover, HoverParams, MarkupContent, Range } from 'vscode-languageserver';
import { ruleById } from '../core';
import { hoverAt } from '../core/features/hover';
import { joinHovers, rangeContains, ruleDocUrl, ruleHover, toHoverContent, toOffsets } from '../convert';
import type { ServerContext } from '../server';

export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover((params, token) => ctx.guard('hover', null, () => hover(ctx, params, token)));
}

async function hover(ctx: ServerContext, params: HoverParams, token: CancellationToken): Promise<Hover | null> {
  const uri = params.textDocument.uri;
  // The rule blocks come first, each with its page linked on its first line: VS Code clips a
  // long hover at the bottom, and a cell's explanation (all its sums) can be long.
  const contents: MarkupContent[] = [];
  let feature: MarkupContent | undefined;
  let range: Range | undefined;

  const found = await ctx.store.report(uri, token);
  if (token.isCancellationRequested) return null;
  if (found) {
    const { entry, analysis } = found;
    const h = hoverAt(analysis, toOffsets(entry.lines, { start: params.position, end: params.position }).start, { english: ctx.client.english });
    if (h) {
      const c = toHoverContent(entry.lines, h);
      feature = c.contents;
      range = c.range;
    }
  }

  const diagnostics = ctx.store.published.get(uri) ?? [];
  const under = diagnostics.filter((d) => rangeContains(d.range, params.position));
  const seen = new Set<string>();
  for (const d of under) {
    const rule = typeof d.code === 'string' ? d.code : undefined;
    if (!rule || seen.has(rule)) continue;
    seen.add(rule);
    const info = ruleById(rule);
    if (info) contents.push(ruleHover(info, d.codeDescription?.href ?? ruleDocUrl(rule, ctx.docBase), ctx.client.english));
  }
  if (feature) contents.push(feature);
  if (contents.length === 0) return null;
  if (!range && under.length === 1) range = under[0].range;
  return { contents: joinHovers(contents), range };
}

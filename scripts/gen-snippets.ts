// Writes snippets/markdown.json and snippets/plaintext.json (VS Code snippet files) from the
// format data: every statutory table of every format that has tables, and whole-report
// skeletons. Markdown gets GFM tables and `#` headings, plain text tab-separated tables and
// plain headings. The govReport.insertTable / insertSkeleton commands read the same files.
// test/core/snippets.test.ts fails when they are stale.
// Usage: npm run snippets
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMATS } from '../server/src/core/formats/index';
import type { FormatSpec, TableSpec } from '../server/src/core/formats/index';
import type { FormatId } from '../server/src/core/types';
import { renderTable } from '../server/src/core/features/table-skeleton';
import { statutoryHeading } from '../server/src/core/engine/draft-style';
import { toChineseNumeral } from '../server/src/core/text/normalize';
import type { EditableLayout } from '../server/src/core/parse/tables';
import { SNIPPET_FILES, SnippetEntry, SnippetFile, skeletonPrefix, tablePrefix } from '../client/src/snippet-catalog';

export type Flavour = 'markdown' | 'plaintext';
export const FLAVOURS: readonly Flavour[] = ['markdown', 'plaintext'];
const LAYOUT: Record<Flavour, EditableLayout> = { markdown: 'gfm', plaintext: 'tab' };

/** Default text of the skeletons' placeholders (the test replaces them with real values). */
export const PLACEHOLDER = {
  issuer: '某某市某某区人民政府',
  year: '20XX',
  date: '20XX年X月X日',
  body: '（在此填写本部分内容）',
  cell: '0',
} as const;

/** Skeletons are generated for these kinds. */
export const SKELETON_KINDS: readonly FormatId[] = ['gov-info-2021', 'rule-of-law'];

/** Escapes text for a snippet body: `$`, `}` and `\` are syntax there. */
export function escapeSnippet(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Snippet text built piece by piece, numbering tab stops in order of appearance. */
class SnippetBuilder {
  private text = '';
  private next = 1;
  private readonly named = new Map<string, number>();

  literal(s: string): this {
    this.text += escapeSnippet(s);
    return this;
  }

  /** A new tab stop with default text. */
  stop(defaultText: string): this {
    this.text += `\${${this.next++}:${escapeSnippet(defaultText)}}`;
    return this;
  }

  /** A tab stop that is mirrored wherever the same name is used again (issuer in title and signature). */
  shared(name: string, defaultText: string): this {
    const n = this.named.get(name);
    if (n !== undefined) {
      this.text += `\${${n}}`;
      return this;
    }
    this.named.set(name, this.next);
    return this.stop(defaultText);
  }

  /** A statutory table from the format data; every value cell a tab stop with default 0. */
  table(spec: TableSpec, layout: EditableLayout): this {
    // U+E000 (private use) marks value cells: it survives escaping and occurs in no label.
    const marked = renderTable(spec, layout, () => '\uE000');
    marked.split('\uE000').forEach((part, i) => {
      if (i > 0) this.stop(PLACEHOLDER.cell);
      this.literal(part);
    });
    return this;
  }

  toString(): string {
    return this.text;
  }
}

/** Table numbers as printed in the format (表二 is the table of section 二). */
function tableNumbers(format: FormatSpec): { id: string; number: number }[] {
  return format.sections
    .filter((s) => s.table && format.tables[s.table] && s.number)
    .map((s) => ({ id: s.table as string, number: s.number as number }));
}

/** 国办公开办函〔2021〕30号: the document the format was sent with, when the source names one. */
function formatDocument(format: FormatSpec): string | null {
  return /国办公开办函〔\d{4}〕\d+号/.exec(format.source)?.[0] ?? null;
}

/** 政府信息公开工作年度报告 from 政府信息公开工作年度报告（2021 年格式，…）. */
function reportName(format: FormatSpec): string {
  return format.name.zh.replace(/（[^（）]*）$/, '');
}

/** `2021 年格式`, or null for a format that has one edition only. */
function formatLabel(format: FormatSpec): string | null {
  return format.years[0] !== null ? `${format.years[0]} 年格式` : null;
}

/** 政府信息公开工作年度报告（2021 年格式，国办公开办函〔2021〕30号） */
function formatTitle(format: FormatSpec, withDocument: boolean): string {
  const qualifiers = [formatLabel(format), withDocument ? formatDocument(format) : null].filter((q) => q !== null);
  return reportName(format) + (qualifiers.length ? `（${qualifiers.join('，')}）` : '');
}

function lines(b: SnippetBuilder): string[] {
  return b.toString().split('\n');
}

function tableSnippet(format: FormatSpec, id: string, number: number, flavour: Flavour): [string, SnippetEntry] {
  const spec = format.tables[id];
  const numeral = toChineseNumeral(number);
  const layout = flavour === 'markdown' ? 'Markdown 表格' : '制表符分隔';
  return [`表${numeral} ${spec.title} · ${formatLabel(format) ?? reportName(format)}`, {
    prefix: [`gr表${numeral}${format.years[0] ?? ''}`, tablePrefix(format.id, number)],
    body: lines(new SnippetBuilder().table(spec, LAYOUT[flavour])),
    description: `${formatTitle(format, true)}表${numeral}：${spec.title}。${layout}，数字单元格默认填 0，按 Tab 键逐格填写。`,
  }];
}

function skeletonSnippet(format: FormatSpec, flavour: Flavour): [string, SnippetEntry] {
  const md = flavour === 'markdown';
  const b = new SnippetBuilder();
  b.literal(md ? '# ' : '').shared('issuer', PLACEHOLDER.issuer).stop(PLACEHOLDER.year).literal(`年${reportName(format)}\n`);
  format.sections.forEach((s, i) => {
    // Formats checked by meaning have no statutory numerals: number the chapters in order.
    const heading = s.number ? statutoryHeading(s) : `${toChineseNumeral(i + 1)}、${s.title}`;
    b.literal(`\n${md ? '## ' : ''}${heading}\n\n`).stop(PLACEHOLDER.body).literal('\n');
    const spec = s.table ? format.tables[s.table] : undefined;
    if (spec) b.literal('\n').table(spec, LAYOUT[flavour]).literal('\n');
  });
  b.literal('\n').shared('issuer', PLACEHOLDER.issuer).literal('\n').stop(PLACEHOLDER.date).literal('\n');
  const label = formatLabel(format);
  const count = toChineseNumeral(format.sections.length);
  const parts = format.headingMatch === 'title'
    ? `标题、${count}个法定章节${Object.keys(format.tables).length ? '、法定表格' : ''}和落款`
    : `标题、${count}项报告内容和落款`;
  return [`${reportName(format)}框架${label ? ` · ${label}` : ''}`, {
    prefix: [`gr${format.family === 'rule-of-law' ? '法治政府年报' : `年报${format.years[0] ?? ''}`}`, skeletonPrefix(format.id)],
    body: lines(b),
    description: `${formatTitle(format, false)}的完整框架：${parts}。按 Tab 键依次填写发布机关、年度和各部分内容。`,
  }];
}

/** The snippet file for one flavour, as an object. */
export function snippetFile(flavour: Flavour): SnippetFile {
  const file: SnippetFile = {};
  for (const format of Object.values(FORMATS)) {
    for (const { id, number } of tableNumbers(format)) {
      const [name, entry] = tableSnippet(format, id, number, flavour);
      file[name] = entry;
    }
  }
  for (const kind of SKELETON_KINDS) {
    const [name, entry] = skeletonSnippet(FORMATS[kind], flavour);
    file[name] = entry;
  }
  return file;
}

/** File name → text of every generated file. */
export function allSnippetFiles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const flavour of FLAVOURS) out.set(SNIPPET_FILES[flavour], JSON.stringify(snippetFile(flavour), null, 2) + '\n');
  return out;
}

if (require.main === module) {
  const dir = join(__dirname, '..', '..', 'snippets');
  mkdirSync(dir, { recursive: true });
  const files = allSnippetFiles();
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  console.log(`wrote ${files.size} snippet files to snippets/`);
}

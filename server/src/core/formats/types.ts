// The shape of a report-format data file (formats/data/*.json). Rules read sections,
// rows, columns and constraints from here and never branch on the format id.
import type { FormatId, Severity } from '../types';

export interface FormatSection {
  id: string;
  /** Statutory numeral (一 = 1) for formats whose headings are fixed. */
  number?: number;
  title: string;
  /**
   * For formats matched by title: other wordings real reports use for this heading
   * (总体概述 for 总体情况). They match the section as its title does; heading-nonstandard
   * still notes that they are not the statutory wording.
   */
  variants?: string[];
  required: boolean;
  emptySeverity: Severity;
  /** Id of the statutory table that belongs in this section. */
  table?: string;
  /** Words of the part's usual （一）/（二） sub-headings (主要问题, 改进情况): the part is there when a
   *  converter lost its heading and they stand in its place. */
  subheadings?: string[];
  /** For formats checked by meaning: words that show the item is covered. */
  keywords?: string[];
  /**
   * For formats checked by meaning: how the item shows in running text when no heading holds it —
   * regular expressions over the normalised text (full-width punctuation as ASCII, no spaces): the
   * item's statutory wording or the way a report opens it inside a paragraph (存在的不足, 下一步), not
   * its words in other prose (补短板、强弱项, 纳入年度工作计划). Without them, any keyword counts.
   */
  textPatterns?: string[];
  /** Phrases whose keyword does not stand for the item in running text ('meaning' formats): the fees
   * item's 收费 inside 行政事业性收费, a category of disclosed information, is no word on fees for disclosure. */
  keywordsIgnore?: string[];
  /** The item also covers top-level chapters no other item claims (e.g. 主要举措和成效). */
  matchUnclaimed?: boolean;
  basis?: string;
}

export interface GridColumn { id: string; label: string; group?: string }
export interface GridRow {
  id: string;
  label: string;
  /** A label without numbers of its own (merged group cell such as （三）不予公开). */
  group?: boolean;
  parent?: string;
  /** The distinctive part of the label used for matching, when not the whole label. */
  match?: string;
  basis?: string;
}
export interface GridTable {
  kind: 'grid';
  title: string;
  note?: string;
  identify: string[];
  columns: GridColumn[];
  rows: GridRow[];
}
export interface FlatTable {
  kind: 'flat';
  title: string;
  identify: string[];
  groups: { id: string; label: string }[];
  columns: GridColumn[];
}
export interface BlockColumn { id: string; label: string; type: 'count' | 'signed' | 'amount'; unit?: string }
export interface TableBlockSpec {
  id: string;
  caption: string;
  columns: BlockColumn[];
  rows: { id: string; label: string }[];
}
export interface BlocksTable {
  kind: 'blocks';
  title: string;
  identify: string[];
  blocks: TableBlockSpec[];
}
export type TableSpec = GridTable | FlatTable | BlocksTable;

/**
 * sum(left) = sum(right). For a grid, `each: 'column'` lists row ids and is checked in
 * every column; `each: 'row'` lists column ids and is checked in every row. For a flat
 * table the ids are column ids. When `fixLeft`, the single left cell can be set to the sum.
 */
export interface Constraint {
  id: string;
  rule: string;
  table: string;
  each: 'column' | 'row' | null;
  left: string[];
  right: string[];
  fixLeft: boolean;
  source?: string;
}

/** How a cell that holds no number counts: blank, a dash (—, -, /) or 无 written for "none". */
export type BlankCellKind = 'empty' | 'dash' | 'none';
export interface BlankCellPolicy {
  /**
   * 'zero': read as 0 by the arithmetic when the cell's row has other numbers (the form asks for
   * 0 where nothing happened), and every finding that relied on it says so; 'skip': the check is
   * not evaluated.
   */
  arithmetic: 'zero' | 'skip';
  /** 'incomplete': one info finding per row listing such cells; 'invalid': an error on the cell. */
  report: 'incomplete' | 'invalid';
}
/** The format's policy for cells without a number, stated once (formats.md: Arithmetic). */
export interface CellPolicy extends Record<BlankCellKind, BlankCellPolicy> {
  source?: string;
  /** Cell texts that mean "none" (无). */
  noneTexts: string[];
}

export interface FormatSpec {
  id: FormatId;
  name: { zh: string; en: string };
  source: string;
  family: 'gov-info' | 'rule-of-law';
  /**
   * The notice that issued the format: its document number and the words of its title that tell it from the
   * other formats' notices (docnum-malformed: a citation joining one notice's title to another's number).
   */
  notice?: { number: string; title: string; titleKey: string };
  /** Report years the format applies to, inclusive; null = open. */
  years: [number | null, number | null];
  /** 'title': statutory headings with fixed wording; 'meaning': content items found by keywords. */
  headingMatch: 'title' | 'meaning';
  detect: {
    /** Words a title of this kind contains, every one of them. */
    titleAll: string[];
    /** Words it never contains. */
    titleNone: string[];
    /**
     * How a title of this kind may end without one of titleAll's words (…法治政府年度报告 for
     * …法治政府建设年度报告): a title ending so has the kind's words.
     */
    titleEndsShort?: string[];
    /**
     * Another kind of work a title without the kind's words may report on (党务公开, 村务公开, 信息披露,
     * 政府网站 …): a report of that work (…党务公开工作年度报告, …政府网站工作年度报表) is not one of this kind.
     */
    titleOtherWork?: string[];
    /** How a title of this kind ends (a title ending otherwise talks about a report: 解读, 通知…). */
    titleEnds?: string[];
    /** The statutory wording of the title; a title without it (…年报, …工作报告) is noted in the reason. */
    statutoryTitle?: string[];
    /** How the report's own opening sentence starts (本年度报告是根据《条例》…). */
    opening?: string[];
    /** Section headings of the format when the title is lost: groups of alternative words. */
    headings?: string[][];
    /** Table labels only this format has. */
    labels: string[];
  };
  deadline: {
    month: number; day: number; governmentMonth?: number; governmentDay?: number; basis: string;
    /** A government department's report to its own government, due before publication (法治政府建设: 3月1日). */
    department?: { month: number; day: number; basis: string };
    /** The first report year the deadline's basis applies to (an older report answered to no such date). */
    fromYear?: number;
  };
  sections: FormatSection[];
  /** Plans reports cite by name with their years (法治政府建设实施纲要（2021—2025年）): every edition's span. */
  plans?: { name: string; spans: [number, number][]; source: string }[];
  tables: Record<string, TableSpec>;
  constraints: Constraint[];
  /** Policy for blank, dash and 无 cells of the statutory tables; absent: blanks skip the arithmetic. */
  cells?: CellPolicy;
  /** The statistics table reports of this format append in the usual form (no national one is statutory). */
  statistics?: StatisticsTableSpec;
}

/**
 * A statistics table appended in a customary form (2008 regulation: 政府信息公开情况统计表, rows of 指标名称 /
 * 计量单位 / the year's figure / 历年累计): read by model/statistics-table.ts for the prose comparison and its own sums.
 */
export interface StatisticsTableSpec {
  /** Titles the table is printed under (the last one in the text starts it). */
  titles: string[];
  /** Header words of a first column when no title is printed (指标名称). */
  header: string[];
  /** Header words of a cumulative column after the year's (历年累计): each row then holds two figures. */
  cumulative: string[];
  /** Units printed in the 计量单位 column. */
  units: string[];
  /** Rows by id; labels as printed, without their numbering (1、) or 其中. */
  rows: { id: string; labels: string[] }[];
  /** A total row and the rows it is made of (受理…总数 over the channels), checked by rules/statistics-sum.ts. */
  sums?: { total: string; parts: string[] }[];
  source: string;
}

// The yes/no questions the readers of a text's first lines (title, year, detection, page chrome)
// ask of whole lines, numbered: each line map keeps one byte a line per question
// (LineMap.lineFlags), filled by parse/title-chrome.ts's lineMemo the first time a line is asked.
export const LINE_FLAG = {
  /** isDocSiteNotice (title-chrome.ts). */
  docSiteNotice: 0,
  /** isMetadataLine (title-chrome.ts, metadataLineAt). */
  metadata: 1,
  /** isNavChrome (title-chrome.ts, navChromeAt). */
  navChrome: 2,
  /** pageChromeAt's own test (page-chrome.ts). */
  pageChrome: 3,
} as const;

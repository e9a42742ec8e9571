// A PDF report to a draft: pdfjs-dist (its legacy build, for Node) reads each page's text items
// with their positions and the page's drawing operators, from which the ruling lines (stroked
// lines, thin filled rectangles, stroked rectangles' edges) are taken; pdf-layout.ts rebuilds
// lines, paragraphs and tables from them. pdfjs-dist is not bundled: it is imported from
// node_modules on the first PDF (a run of text drafts never loads it; a missing package is a
// clear error for the PDF files only). A file that is no PDF, a broken or password-protected
// one, or one without a text layer (a scan: no OCR here) is an error for that file, never a crash.
import { PdfItem, PdfPage, PdfRule, pdfPagesToDraft } from './pdf-layout';
import type { Draft } from './html-to-draft';

/** The few pdfjs-dist entry points used (typed here: the package is optional at run time). */
interface PdfJs {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDoc>; destroy(): Promise<void> };
  OPS: Record<string, number>;
}
interface PdfDoc {
  numPages: number;
  getPage(n: number): Promise<PdfPageProxy>;
  destroy(): Promise<void>;
}
interface PdfPageProxy {
  rotate: number;
  getViewport(params: { scale: number; rotation?: number }): { width: number; height: number; transform: number[] };
  getTextContent(): Promise<{ items: ({ str?: string; transform?: number[]; width?: number; height?: number } | object)[] }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
  cleanup(): void;
}

let loaded: Promise<PdfJs> | undefined;

function pdfjs(): Promise<PdfJs> {
  // A real dynamic import of a fixed specifier (pdfjs is an ES module; esbuild keeps it external,
  // see esbuild.mjs, and tsc keeps import() in CommonJS output under module node16).
  return (loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfJs>);
}

export type PdfResult = { ok: true; draft: Draft } | { ok: false; message: string };

/** Pages read at most (a report has tens; a 50 MB file of thousands of pages is not one). */
const MAX_PAGES = 2000;
/** Drawing operators looked at per page. */
const MAX_OPS = 200000;

const NOT_PDF = '无法读取 PDF 文件：文件已损坏或不是 PDF 格式 (cannot read the PDF file: corrupt or not a PDF)';
export const PDFJS_MISSING = '无法读取 PDF 文件：未安装 pdfjs-dist（npm install pdfjs-dist） (cannot read PDF files: the pdfjs-dist package is not installed)';
export const NO_TEXT_LAYER = 'PDF 文件中没有文字层（可能是扫描件或图片），无法检查；本工具不做文字识别 (no text layer in the PDF: a scan or pictures only; no OCR is done)';

/** A PDF starts with "%PDF-" (within its first KB, after junk some writers put first). */
function looksLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-');
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: readonly number[]): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Ruling lines of a page from its operator list. */
function rulesOf(ops: { fnArray: number[]; argsArray: unknown[] }, OPS: Record<string, number>): PdfRule[] {
  const rules: PdfRule[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  let path: { rects: [number, number, number, number][]; segs: [number, number, number, number][] } | null = null;
  const paint = new Set([OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const strokes = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const addSeg = (x1: number, y1: number, x2: number, y2: number) => {
    if (Math.abs(y1 - y2) <= 1 && Math.abs(x1 - x2) > 3) rules.push({ horizontal: true, at: (y1 + y2) / 2, from: Math.min(x1, x2), to: Math.max(x1, x2) });
    else if (Math.abs(x1 - x2) <= 1 && Math.abs(y1 - y2) > 3) rules.push({ horizontal: false, at: (x1 + x2) / 2, from: Math.min(y1, y2), to: Math.max(y1, y2) });
  };
  const n = Math.min(ops.fnArray.length, MAX_OPS);
  for (let k = 0; k < n && rules.length < 20000; k++) {
    const fn = ops.fnArray[k];
    const args = ops.argsArray[k] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && Array.isArray(args) && args.length === 6) ctm = multiply(ctm, args as number[]);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = Array.isArray(args) ? args[0] : null;
      if (Array.isArray(m) && m.length === 6) ctm = multiply(ctm, m as number[]);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath && Array.isArray(args)) {
      const [subOps, coords] = args as [ArrayLike<number>, ArrayLike<number>];
      path = { rects: [], segs: [] };
      let j = 0;
      let cur: [number, number] = [0, 0];
      let start: [number, number] = [0, 0];
      for (let o = 0; o < (subOps?.length ?? 0); o++) {
        const op = subOps[o];
        if (op === OPS.rectangle) {
          const [x, y, w, h] = [coords[j], coords[j + 1], coords[j + 2], coords[j + 3]];
          j += 4;
          const [ax, ay] = apply(ctm, x, y);
          const [bx, by] = apply(ctm, x + w, y + h);
          path.rects.push([Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)]);
        } else if (op === OPS.moveTo) {
          cur = start = apply(ctm, coords[j], coords[j + 1]);
          j += 2;
        } else if (op === OPS.lineTo) {
          const p = apply(ctm, coords[j], coords[j + 1]);
          j += 2;
          path.segs.push([cur[0], cur[1], p[0], p[1]]);
          cur = p;
        } else if (op === OPS.curveTo) {
          cur = apply(ctm, coords[j + 4], coords[j + 5]);
          j += 6;
        } else if (op === OPS.curveTo2 || op === OPS.curveTo3) {
          cur = apply(ctm, coords[j + 2], coords[j + 3]);
          j += 4;
        } else if (op === OPS.closePath) {
          path.segs.push([cur[0], cur[1], start[0], start[1]]);
          cur = start;
        }
      }
    } else if (paint.has(fn) && path) {
      const stroked = strokes.has(fn);
      for (const [x1, y1, x2, y2] of path.rects) {
        const w = x2 - x1;
        const h = y2 - y1;
        if (h <= 3 && w > 3) rules.push({ horizontal: true, at: (y1 + y2) / 2, from: x1, to: x2 });
        else if (w <= 3 && h > 3) rules.push({ horizontal: false, at: (x1 + x2) / 2, from: y1, to: y2 });
        else if (stroked) {
          addSeg(x1, y1, x2, y1);
          addSeg(x1, y2, x2, y2);
          addSeg(x1, y1, x1, y2);
          addSeg(x2, y1, x2, y2);
        }
      }
      // A filled path is an area (its outline a rule only when it is a thin bar, as above).
      if (stroked) for (const s of path.segs) addSeg(...s);
      path = null;
    } else if (fn === OPS.endPath || fn === OPS.clip || fn === OPS.eoClip) {
      if (fn === OPS.endPath) path = null;
    }
  }
  return rules;
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : String(e);
}

/** Converts the bytes of a PDF to a draft. */
export async function pdfToDraft(bytes: Uint8Array, load: () => Promise<PdfJs> = pdfjs): Promise<PdfResult> {
  if (!looksLikePdf(bytes)) return { ok: false, message: NOT_PDF };
  let lib: PdfJs;
  try {
    lib = await load();
  } catch {
    return { ok: false, message: PDFJS_MISSING };
  }
  const task = lib.getDocument({
    // A copy: pdfjs takes the buffer over.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: PdfDoc;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as { name?: string } | null)?.name;
    if (name === 'PasswordException') {
      return { ok: false, message: '无法读取 PDF 文件：文件有密码保护，请提供未加密的 PDF (cannot read the PDF file: it is password-protected)' };
    }
    await task.destroy().catch(() => undefined);
    return { ok: false, message: `${NOT_PDF.replace(/\)$/, '')}: ${describe(e)})` };
  }
  try {
    const pages: PdfPage[] = [];
    for (let p = 1; p <= Math.min(doc.numPages, MAX_PAGES); p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      // Positions as the page is shown (its crop box, its /Rotate applied: a landscape table
      // page reads upright), with y growing upwards from the bottom edge; when most of the text
      // would then run sideways (a table printed across a portrait page), the page is turned
      // the quarter that sets most of it upright.
      const itemsAt = (rotation: number) => {
        const viewport = page.getViewport({ scale: 1, rotation });
        const vt = viewport.transform as Matrix;
        const items: PdfItem[] = [];
        let chars = 0;
        let sideways = 0;
        for (const it of content.items) {
          const t = it as { str?: string; transform?: number[]; width?: number; height?: number };
          if (typeof t.str !== 'string' || t.str === '' || !t.transform || t.transform.length !== 6) continue;
          const m = multiply(vt, t.transform);
          // Upright text only (shown: a = size, d = -size): rotated runs (a stamp, a sideways
          // note) are not laid out by position.
          if (!(m[0] > 0) || !(m[3] < 0) || Math.abs(m[1]) > 0.01 * m[0] || Math.abs(m[2]) > 0.01 * -m[3]) {
            sideways += t.str.trim().length;
            continue;
          }
          items.push({ str: t.str, x: m[4], y: viewport.height - m[5], width: t.width ?? 0, size: -m[3] });
          chars += t.str.trim().length;
        }
        return { viewport, vt, items, chars, sideways };
      };
      let best = itemsAt(page.rotate);
      for (const turn of [90, 180, 270]) {
        if (best.sideways <= best.chars) break;
        const other = itemsAt((page.rotate + turn) % 360);
        if (other.chars > best.chars) best = other;
      }
      const { viewport, vt, items } = best;
      const shown = (x: number, y: number): [number, number] => {
        const [sx, sy] = apply(vt, x, y);
        return [sx, viewport.height - sy];
      };
      let rules: PdfRule[] = [];
      try {
        for (const r of rulesOf(await page.getOperatorList(), lib.OPS)) {
          const [ax, ay] = r.horizontal ? shown(r.from, r.at) : shown(r.at, r.from);
          const [bx, by] = r.horizontal ? shown(r.to, r.at) : shown(r.at, r.to);
          if (Math.abs(ay - by) <= 1) rules.push({ horizontal: true, at: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) });
          else if (Math.abs(ax - bx) <= 1) rules.push({ horizontal: false, at: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) });
        }
      } catch {
        // No drawing: tables are then read as text lines.
      }
      pages.push({ width: viewport.width, height: viewport.height, items, rules });
      page.cleanup();
    }
    if (!pages.some((pg) => pg.items.some((i) => i.str.trim() !== ''))) return { ok: false, message: NO_TEXT_LAYER };
    const draft = pdfPagesToDraft(pages);
    if (draft.text.trim() === '') return { ok: false, message: NO_TEXT_LAYER };
    return { ok: true, draft };
  } catch (e) {
    return { ok: false, message: `${NOT_PDF.replace(/\)$/, '')}: ${describe(e)})` };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

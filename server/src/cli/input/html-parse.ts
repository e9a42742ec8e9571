// HTML → element tree for html-to-draft.ts: tolerant of unclosed and stray tags, entities
// decoded, raw-text elements skipped; linear (tags found with indexOf, the open-element stack capped).

export interface Element {
  name: string;
  attrs: string;
  children: Node[];
}
export type Node = Element | string;

/** Elements whose whole content is dropped. */
const DROP = new Set(['script', 'style', 'nav', 'header', 'footer', 'head', 'noscript', 'template', 'svg', 'iframe', 'select', 'textarea', 'button', 'object']);
/** Elements whose content is raw text (no tags inside): skipped up to their end tag. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext']);
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'col', 'area', 'base', 'wbr', 'source', 'embed', 'param', 'track']);
/** Elements that start and end a line. */
export const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article', 'main', 'aside',
  'blockquote', 'pre', 'hr', 'form', 'center', 'address', 'figure', 'figcaption', 'caption', 'body', 'html', 'table', 'tr',
  'td', 'th', 'thead', 'tbody', 'tfoot', 'fieldset', 'legend', 'details', 'summary', 'br',
]);
/** Open elements kept at most; deeper markup is flattened (its block tags still break lines). */
const MAX_DEPTH = 200;
const NAMED: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', times: '×', divide: '÷', ensp: ' ', emsp: ' ', thinsp: ' ',
  yen: '¥', copy: '©', reg: '®', deg: '°', plusmn: '±', permil: '‰', laquo: '«', raquo: '»', bull: '•', shy: '',
  zwj: '', zwnj: '', lrm: '', rlm: '',
};

/** Decodes character references (named ones of the list above, decimal and hex). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});?/g, (all, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    const named = NAMED[body.toLowerCase()];
    return named !== undefined ? named : all;
  });
}

/** HTML → element tree (body content), tolerant of unclosed and stray tags. */
export function parseHtml(html: string): Element {
  const root: Element = { name: '#root', attrs: '', children: [] };
  const stack: Element[] = [root];
  let flattened = 0;
  // Elements found to have no end tag further on: not searched for again (keeps the pass linear).
  const noEnd = new Set<string>();
  const top = () => stack[stack.length - 1];
  const close = (name: string): boolean => {
    // The nearest open element of that name, looking down a bounded way (stray end tags are ignored).
    for (let i = stack.length - 1; i > 0 && i >= stack.length - 40; i--) {
      if (stack[i].name === name) {
        stack.length = i;
        return true;
      }
      // A cell or row never closes across its table.
      if (stack[i].name === 'table' && name !== 'table') return false;
    }
    return false;
  };
  let pos = 0;
  const n = html.length;
  while (pos < n) {
    const lt = html.indexOf('<', pos);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > pos) top().children.push(html.slice(pos, textEnd));
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      pos = end < 0 ? n : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      // Doctype, CDATA, processing instruction.
      const end = html.indexOf('>', lt + 2);
      pos = end < 0 ? n : end + 1;
      continue;
    }
    let i = lt + 1;
    const closing = html[i] === '/';
    if (closing) i++;
    let j = i;
    while (j < n && j - i < 20 && /[A-Za-z0-9]/.test(html[j])) j++;
    if (j === i || !/[A-Za-z]/.test(html[i])) {
      // A lone '<' in text.
      top().children.push('<');
      pos = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', j);
    if (gt < 0) break;
    const name = html.slice(i, j).toLowerCase();
    const attrs = html.slice(j, gt);
    pos = gt + 1;
    if (closing) {
      if (flattened > 0 && !stack.some((e) => e.name === name)) {
        if (BLOCK.has(name)) top().children.push({ name: 'br', attrs: '', children: [] });
        continue;
      }
      close(name);
      continue;
    }
    if (RAW.has(name) || (DROP.has(name) && !VOID.has(name))) {
      if (name === 'head') {
        // Up to </head>, or to <body> when the end tag is left out.
        const end = indexOfCi(html, '</head', pos);
        const body = indexOfCi(html, '<body', pos);
        if (body >= 0 && (end < 0 || body < end)) pos = body;
        else if (end >= 0) pos = html.indexOf('>', end) + 1 || n;
        continue;
      }
      if (RAW.has(name)) {
        // Skipped to its end tag, whatever is inside (a raw element's content is not markup).
        const end = indexOfCi(html, `</${name}`, pos);
        pos = end < 0 ? n : html.indexOf('>', end) + 1 || n;
        continue;
      }
      // Nav, header, footer: skipped with their nesting counted (without an end tag, only the tag goes).
      const after = noEnd.has(name) ? -1 : skipElement(html, name, pos);
      if (after >= 0) pos = after;
      else noEnd.add(name);
      continue;
    }
    // Implied end tags: a new cell closes the open cell, a new row the open row, a new <p> or <li> the open one.
    const t = top().name;
    if ((name === 'td' || name === 'th') && (t === 'td' || t === 'th')) stack.pop();
    else if (name === 'tr') {
      for (let k = stack.length - 1; k > 0 && k >= stack.length - 40; k--) {
        if (stack[k].name === 'table') break;
        if (stack[k].name === 'tr') { stack.length = k; break; }
      }
    } else if ((name === 'p' || name === 'li') && t === name) stack.pop();
    const el: Element = { name, attrs, children: [] };
    if (VOID.has(name) || attrs.endsWith('/')) {
      top().children.push(el);
      continue;
    }
    if (stack.length >= MAX_DEPTH) {
      flattened++;
      if (BLOCK.has(name)) top().children.push({ name: 'br', attrs: '', children: [] });
      continue;
    }
    top().children.push(el);
    stack.push(el);
  }
  return root;
}

/** Case-insensitive indexOf for an ASCII needle (lower case). */
function indexOfCi(s: string, needle: string, from: number): number {
  const first = needle.charCodeAt(0);
  for (let k = s.indexOf('<', from); k >= 0; k = s.indexOf('<', k + 1)) {
    if (s.charCodeAt(k) !== first) continue;
    if (s.slice(k, k + needle.length).toLowerCase() === needle) return k;
  }
  return -1;
}

/** The position after the end tag of `name` opened just before `from`, counting nested ones; -1 without one. */
function skipElement(s: string, name: string, from: number): number {
  let depth = 1;
  let k = from;
  for (;;) {
    const lt = s.indexOf('<', k);
    if (lt < 0) return -1;
    const gt = s.indexOf('>', lt);
    if (gt < 0) return -1;
    const closing = s[lt + 1] === '/';
    const start = lt + (closing ? 2 : 1);
    const tag = s.slice(start, start + name.length).toLowerCase();
    const after = s[start + name.length];
    if (tag === name && (after === undefined || !/[A-Za-z0-9]/.test(after))) {
      if (closing) depth--;
      else if (!s.slice(lt, gt).endsWith('/')) depth++;
      if (depth === 0) return gt + 1;
    }
    k = gt + 1;
  }
}

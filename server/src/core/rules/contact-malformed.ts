// contact-malformed: the contact details of the opening written so that they cannot be used — a postal code
// that is not six digits (邮编:3400010), a telephone number whose dash was typed twice (0798——8332255,
// 0482--8395216), a web address broken by a space (http:// www.nanan.gov.cn), an e-mail address with the
// full-width ＠ (pzxxgkb＠163.com, which a mail program does not take). Readers copy these to reach the
// organ; reviewers send them back. Read on the text as written (normalising would hide ＠ and the dashes),
// prose lines only, never table cells.
import type { Rule } from './rule';

/** 邮编：3400010 / 邮政编码为12345: a postal code of another length than six digits. */
const POSTCODE = /(邮编|邮政编码)[ \t\u3000]*(?:[:：]|为)?[ \t\u3000]*(\d{3,5}|\d{7,9})(?![\d\-－—.])/g;
/** 0798——8332255 / 0482--8395216: area code and number joined by a doubled dash. */
const PHONE_DASH = /(?<![\d\-－—])(0\d{2,3})[ \t]*(——|--|－－|—-|-—|—－|－—)[ \t]*(\d{7,8})(?![\d\-－—])/g;
/** http:// www.nanan.gov.cn: a space after the scheme. */
const URL_SPACE = /(https?[:：]\/\/)[ \t\u3000]+([A-Za-z0-9][\w\-]*(?:\.[\w\-]+)+)/g;
/** pzxxgkb＠163.com: the full-width at sign inside an e-mail address. */
const MAIL_AT = /(?<![\w.\-])([\w.\-]+)＠([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)/g;

export const contactMalformed: Rule = {
  id: 'contact-malformed',
  formats: 'all',
  defaultSeverity: 'info',
  title: { zh: '联系方式书写有误', en: 'Malformed contact details' },
  description: {
    zh: '报告开头写明的联系方式应能直接使用。报告以下几种笔误：邮政编码不是6位数字（“邮编：3400010”）；电话号码区号后的连接号写了两个（“0798——8332255”“0482--8395216”，应为“0798-8332255”）；网址中间有空格（“http:// www.nanan.gov.cn”，应为“http://www.nanan.gov.cn”）；电子邮箱用了全角“＠”（“pzxxgkb＠163.com”，应为半角“@”，否则无法直接发送邮件）。只检查正文，不检查表格。能确定正确写法的（连接号、空格、全角＠）提供需人工确认的修复。'
      + '错误示例：“（电话：0798——8332255，邮编：3400010，电子邮箱：pzxxgkb＠163.com）”。正确示例：“（电话：0798-8332255，邮编：340001，电子邮箱：pzxxgkb@163.com）”。',
    en: 'The contact details the opening gives must be usable as written. Reported: a postal code that is not six digits (邮编：3400010); a telephone number whose dash after the area code was typed twice (0798——8332255, 0482--8395216 for 0798-8332255); a web address broken by a space (http:// www.nanan.gov.cn); an e-mail address with the full-width ＠ (pzxxgkb＠163.com: a mail program needs @). Prose only, never table cells. Where the right form is certain (the dash, the space, the ＠) a fix to be confirmed is offered. '
      + 'Wrong: “（电话：0798——8332255，邮编：3400010，电子邮箱：pzxxgkb＠163.com）”. Right: “（电话：0798-8332255，邮编：340001，电子邮箱：pzxxgkb@163.com）”.',
  },
  basis: '校对检查（联系方式）；《政府信息公开条例》（2019）第五十条：年度报告向社会公布；邮政编码为6位数字',
  examples: {
    wrong: '如对本报告有疑问，请与区政府办公室联系（电话：0798——8332255，邮编：3400010）。',
    right: '如对本报告有疑问，请与区政府办公室联系（电话：0798-8332255，邮编：340001）。',
    note: '电话号码的连接号写了两个；邮政编码应为6位数字。',
  },
  check(ctx) {
    const a = ctx.analysis;
    const text = a.doc.work;
    const { lines } = a.doc;
    const prose = (at: number) => !a.doc.tableLines.has(lines.lineAt(at));
    const fix = (start: number, end: number, newText: string) => ({ title: `改为“${newText}”`, edits: [{ start, end, newText }], safe: false });
    for (const x of text.matchAll(POSTCODE)) {
      const at = (x.index ?? 0) + x[0].length - x[2].length;
      if (!prose(at)) continue;
      ctx.report({ start: at, end: at + x[2].length,
        message: `邮政编码“${x[2]}”有${x[2].length}位数字：邮政编码为6位，请核对`,
        messageEn: `the postal code “${x[2]}” has ${x[2].length} digits; a postal code has six` });
    }
    for (const x of text.matchAll(PHONE_DASH)) {
      const start = x.index ?? 0;
      if (!prose(start)) continue;
      const right = `${x[1]}-${x[3]}`;
      ctx.report({ start, end: start + x[0].length, fix: fix(start, start + x[0].length, right),
        message: `电话号码“${x[0]}”的连接号写了两个：应为“${right}”`,
        messageEn: `the telephone number “${x[0]}” has its dash typed twice; it should read “${right}”` });
    }
    for (const x of text.matchAll(URL_SPACE)) {
      const start = x.index ?? 0;
      if (!prose(start)) continue;
      const right = `${x[1]}${x[2]}`;
      ctx.report({ start, end: start + x[0].length, fix: fix(start, start + x[0].length, right),
        message: `网址“${x[0]}”中间有空格，无法直接访问：应为“${right}”`,
        messageEn: `the web address “${x[0]}” is broken by a space; it should read “${right}”` });
    }
    for (const x of text.matchAll(MAIL_AT)) {
      const start = x.index ?? 0;
      if (!prose(start)) continue;
      const at = start + x[1].length;
      ctx.report({ start, end: start + x[0].length, fix: fix(at, at + 1, '@'),
        message: `电子邮箱“${x[0]}”用了全角“＠”：应为半角“@”（“${x[1]}@${x[2]}”）`,
        messageEn: `the e-mail address “${x[0]}” uses the full-width ＠; it should read “${x[1]}@${x[2]}”` });
    }
  },
};

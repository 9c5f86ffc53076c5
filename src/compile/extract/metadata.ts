/**
 * Title, issuer, region, date and kind of a document, read from its text where it states them,
 * else from the manifest, else null. Each value read from the text carries its evidence.
 */
import type { Evidence, Source } from '../../contract/chain-map.ts';
import type { Region } from '../curated/data.ts';
import type { LoadedSource } from '../io/sources.ts';
import { evidence, groupSpan, linesOf, sentenceAt, squeeze, type SourceDoc } from '../text/view.ts';
import { alt, BODY_ENDS, META_LABELS, NOTICE, TITLE_ENDS } from '../text/vocabulary.ts';
import type { Problems } from '../problems.ts';
import { titlePlaces } from '../text/places.ts';
import { digitByDigit, parseNumber } from '../text/numbers.ts';

/** Reads a document's metadata. */
export function readMetadata(
  doc: LoadedSource,
  regions: Region[],
  problems: Problems,
  /** Set to say the title is only the best candidate (no title line was found). */
  how: { guessed?: boolean } = {},
): Source {
  const ev: Evidence[] = [];
  const notice = readNotice(doc);
  // A title set by hand with its quote (seeds/manifest.yaml `add: - kind: title`) is the title.
  const hand = doc.corrections?.find((c) => c.action === 'add' && c.kind === 'title');
  const handEv = hand ? evidence(doc, hand.start, hand.end) : null;
  const t = handEv
    ? { title: squeeze(handEv.quote), evidence: [handEv] }
    : doc.meta.title
      ? null
      : readTitle(doc, notice);
  let title = doc.meta.title ?? null;
  let titleFrom: Source['titleFrom'] = 'manifest';
  let issuer = doc.meta.issuer ?? null;
  if (t) {
    title = t.title;
    titleFrom = 'text';
    ev.push(...t.evidence);
    if ('issuer' in t && t.issuer && !doc.meta.issuer) issuer = t.issuer;
  }
  if (title === null) {
    // No title line: the best candidate, said so; only a file with no text at all is an error.
    const c = titleCandidate(doc);
    title = c?.title ?? doc.id;
    titleFrom = 'text';
    how.guessed = true;
    if (c) ev.push(...c.evidence);
    problems.at(
      doc.file,
      doc.text,
      c?.evidence[0]?.start ?? 0,
      'title-candidate',
      { title, from: c ? 'first-line' : 'file-name' },
      'warning',
    );
  }
  const date = doc.meta.date ?? notice.date?.value ?? readDate(doc, ev);
  if (!doc.meta.date && notice.date) ev.push(notice.date.evidence);
  const region = doc.meta.region ?? readRegion(doc, title, regions, ev, issuer);
  if (notice.docNumber) ev.push(notice.docNumber.evidence);
  return {
    id: doc.id,
    file: doc.file,
    sha256: doc.sha256,
    ...(doc.textFile ? { textFile: doc.textFile } : {}),
    title,
    titleFrom,
    issuer,
    region,
    date,
    ...(notice.docNumber ? { docNumber: notice.docNumber.text } : {}),
    kind: doc.meta.kind ?? kindOf(title),
    evidence: ev,
  };
}

interface TitleRead {
  title: string;
  issuer?: string;
  evidence: Evidence[];
}

/** What a covering notice states about the document it hands over. */
export interface NoticeRead {
  /** The document's own title: its title line after the notice, else the notice's 《X》. */
  title: { text: string; evidence: Evidence } | null;
  /** The bodies that sign or send it, as written (经济和信息化厅等7部门 stays one). */
  issuers: { text: string; evidence: Evidence }[];
  date: { value: string; evidence: Evidence } | null;
  docNumber: { text: string; evidence: Evidence } | null;
  /** The 《X》 the notice hands over: the document itself, never a citation. */
  handed: Evidence | null;
}

/**
 * 2023年7月4日, 2023-07-04, 2007.04.19 (a law database's 【发布日期】), and in Chinese numerals
 * 二○一○年七月二十六日 (then with 日).
 */
const DATE =
  /(?:(\d{4})\s*(?:年|-|\.(?=\d{1,2}\.))\s*(\d{1,2})\s*[月.-]\s*(\d{1,2})\s*日?|([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日)/;
const DATE_LINE = new RegExp(`^\\s*${DATE.source}\\s*$`);
/** A document number: 川经信材料〔2023〕145号, 惠府办〔2023〕12号, 武政规〔2022〕4 号. */
const NUMBER_BODY = String.raw`[\u4e00-\u9fa5]{1,12}\s*[〔[［【(（]\s*(?:19|20)\d\d\s*[〕\]］】)）]\s*第?\s*\d{1,4}\s*号`;
// (At a line's start, also in brackets: a page repeats the notice title, then (资府办函〔2010〕150号).)
const DOC_NUMBER = new RegExp(`(?:^[(（]?|(?<=[\\s:：】]))(?<num>${NUMBER_BODY})`, 'dm');
const NOTICE_RE = new RegExp(alt(NOTICE), 'g');
const NOTICE_TITLE = /(?:关于)?(?:印发|转发)了?(?!给)《?(?<t>[^《》。：:]{4,160}?)》?的通知/dg;
const TITLE_END = new RegExp(`(?:${alt(TITLE_ENDS)})(?:\\s*[(（][^()（）]{2,24}[)）])?$`);
const YEARS_LINE = /^[(（][^()（）]{0,12}\d{4}[^()（）]{0,12}[)）]$/;
/** Lines a notice carries that are neither signature nor title. */
const NOTE_LINE =
  /^[(（](?:此件|本件|本文有删[减节])[^()（）]*[)）]?$|^字号|^发布日期|^浏览|^附件\s*\d*\s*[:：]/;
/** A forum's edit stamp above a reposted text: 本帖最后由 圣物可恋 于 2021-12-16 13:01 编辑. */
const FORUM_LINE = /^本帖最后由.{0,60}编辑$/;
/** A signing body's name without a closing note of whose seal it bears: …办公室(代章) → …办公室. */
const bodyName = (name: string): string => name.replace(/\s*[(（][^()（）]{0,20}代章[)）]$/, '');
/** A kind of zone named alone (结合高新区实际): the issuer's own, no place of its own name. */
export const BARE_ZONE =
  /^(?:高新区|开发区|经开区|高新技术产业开发区|经济技术开发区|园区|新区|自贸区|保税区)$/;
/** 结合眉山实际, 结合我县实际: the place a document is written for, in its preamble. */
export const OWN_PLACE = /结合(?<p>[\u4e00-\u9fa5]{2,12}?)(?:的)?(?:实际|发展实际|工作实际)/d;
/** How a body's name ends (vocabulary BODY_ENDS). */
const BODY_END = new RegExp(`(?:${alt(BODY_ENDS)})$`);
/** In a one-line text, the bodies glued to the date after the notice's sentences. */
const GLUED_SIGNATURE = new RegExp(
  `(?<=[。，,；;:：》、]|^)(?<who>[^。，,；;:：《》、\\s\\d]{4,80})\\s*${DATE.source}`,
  'd',
);
/** A document number at the end of the title line: …实施方案(2021年—2025年) 宁政办发〔2021〕78号. */
const NUMBER_TAIL = new RegExp(`\\s+(?:${NUMBER_BODY})\\s*$`);

/** 2023年7月4日 → 2023-07-04; 二○一○年七月二十六日 → 2010-07-26. */
function isoDate(m: RegExpExecArray): string {
  const [y, mo, d] = m[1]
    ? [m[1], m[2] as string, m[3] as string]
    : [
        digitByDigit(m[4] as string) ?? '',
        String(parseNumber(m[5] as string)),
        String(parseNumber(m[6] as string)),
      ];
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * A document number as it is meant: no spaces, its year in 〔〕 however a copy brackets it
 * (淄政发[2007]23号, as a law database writes it, is 淄政发〔2007〕23号).
 */
function asMeant(num: string): string {
  return squeeze(num)
    .replace(/\s+/g, '')
    .replace(/[[［【(（]((?:19|20)\d\d)[\]］】)）]/, '〔$1〕');
}

/** A title, compared: no spaces, one kind of dash and of bracket. */
export function titleKey(s: string): string {
  return s
    .replace(/\s+/g, '')
    .replace(/[-—–－~〜]+/g, '—')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[《》〈〉]/g, '');
}

/**
 * The parts of a covering notice, wherever it stands in the first part of the text: the notice's
 * own title line (`XX关于印发《X》的通知`), its number (川经信材料〔2023〕145号), the sentence that
 * hands the document over (`《X》业经…同意，现印发给你们`), the signature and its date, and the
 * document's title line after it. Empty when the text has no notice.
 * @example readNotice(doc('惠州市人民政府办公室关于印发惠州市推动新型储能产业高质量发展行动方案的通知\n…'))
 */
export function readNotice(doc: LoadedSource | SourceDoc): NoticeRead {
  const out: NoticeRead = { title: null, issuers: [], date: null, docNumber: null, handed: null };
  const headEnd = Math.min(doc.view.length, 4000);
  const head = doc.view.slice(0, headEnd);
  const lines = linesOf(head);

  // The document number: on a line of its own or at a line's start, not a cited one in brackets.
  const num = [...head.matchAll(new RegExp(DOC_NUMBER.source, 'dgm'))].find(
    (m) => !/贯彻|落实|根据|按照|依据|执行|印发/.test(m.groups?.num ?? ''),
  );
  if (num) {
    const [s, e] = groupSpan(num, 'num');
    out.docNumber = { text: asMeant(evidence(doc, s, e).quote), evidence: evidence(doc, s, e) };
  }

  // The notice's own title line: XX关于印发《X》的通知 (over up to four short lines).
  let noticeTitle: { t: [number, number]; issuer: [number, number] | null } | null = null;
  // (Not one inside 《…》: 根据《XX关于印发Y的通知》 cites another notice.)
  const nt = [...head.slice(0, 1500).matchAll(NOTICE_TITLE)].find(
    (m) => head.lastIndexOf('《', m.index) <= head.lastIndexOf('》', m.index),
  );
  if (nt) {
    const [ts, te] = groupSpan(nt, 't');
    // The issuer: the words before 关于 on its line, or the short line above it.
    let ls = nt.index;
    while (ls > 0 && !/[\n。，,:：]/.test(head[ls - 1] as string)) ls--;
    let before = head.slice(ls, nt.index);
    if (before.trim() === '' && ls > 0 && head[ls - 1] === '\n') {
      const above = lines.find((l) => l.start + l.text.length === ls - 1);
      if (above && above.text.trim().length <= 30 && !/[。，,:：;；]/.test(above.text)) {
        ls = above.start;
        before = head.slice(ls, nt.index);
      }
    }
    // 淄博市人民政府网站发布淄博市人民政府办公室关于…: the body after the last 发布; 河南省人民政府
    // 办公厅发布关于…: the body before it.
    const cut = Math.max(before.lastIndexOf('发布'), before.lastIndexOf('印发'));
    let is = cut >= 0 && before.slice(cut + 2).trim().length >= 2 ? ls + cut + 2 : ls;
    const ie = cut >= 0 && is === ls ? ls + cut : nt.index;
    while (is < ie && /\s/.test(head[is] as string)) is++;
    const issuer: [number, number] | null = ie - is >= 2 ? [is, ie] : null;
    noticeTitle = { t: [ts, te], issuer };
  }

  // The sentence that hands the document over: 《X》…现印发给你们.
  let handed: { t: [number, number]; end: number } | null = null;
  for (const m of head.matchAll(NOTICE_RE)) {
    const [start, se] = sentenceAt(head, m.index);
    let ss = start;
    let titles = [...head.slice(ss, m.index).matchAll(/《([^《》\n]{4,160})》/g)];
    // …联合编制了《X》。经省人民政府同意，现印发给你们: the 《X》 in the sentence before, on its line.
    if (titles.length === 0 && ss > 0 && /[。；;]/.test(head[ss - 1] as string)) {
      const [ps] = sentenceAt(head, ss - 2);
      const before = [...head.slice(ps, ss).matchAll(/《([^《》\n]{4,160})》/g)];
      if (before.length > 0 && !head.slice(ps, ss).includes('\n')) {
        titles = before;
        ss = ps;
      }
    }
    const last = titles[titles.length - 1];
    if (!last) continue;
    const ts = ss + last.index + 1;
    handed = { t: [ts, ts + (last[1] as string).length], end: se };
    out.handed = evidence(doc, ts - 1, ts + (last[1] as string).length + 1);
    // 《省政府关于印发X的通知》(云政发〔2022〕18号)转发给你们: X, its sender and its number.
    const inner = new RegExp(NOTICE_TITLE.source, 'd').exec(last[1] as string);
    if (inner && /转发/.test(m[0])) {
      const [is, ie] = groupSpan(inner, 't', ts);
      const sender = head.slice(ts, ts + inner.index).replace(/关于$/, '');
      if (sender.length >= 2) noticeTitle = { t: [is, ie], issuer: [ts, ts + sender.length] };
      else noticeTitle = { t: [is, ie], issuer: null };
      handed = { t: [is, ie], end: se };
      const after = /^\s*[(（](?<num>[^()（）]{2,20}〔\d{4}〕\d{1,4}号)[)）]/d.exec(
        head.slice(ss + last.index + last[0].length),
      );
      if (after && !out.docNumber) {
        const [ns, ne] = groupSpan(after, 'num', ss + last.index + last[0].length);
        out.docNumber = { text: evidence(doc, ns, ne).quote, evidence: evidence(doc, ns, ne) };
      }
    }
    break;
  }
  if (!noticeTitle && !handed) {
    // A republished page's labels: 【发布单位】, 【发布日期】; a disclosure table's cells.
    return disclosure(doc, head, labelled(doc, head, out));
  }

  // The signature after the notice sentence: its bodies one a line, then the date; or, in a text
  // of one line, the bodies and the date after the sentence's end.
  let cursor = handed ? handed.end : noticeTitle ? noticeTitle.t[1] : 0;
  const rest = lines.filter((l) => l.start + l.text.length > cursor);
  const signers: { start: number; end: number }[] = [];
  let titleFrom = -1;
  const first = rest[0];
  // The sentence ends inside its line, and the line goes on with sentences of the notice only
  // (…印发给你们，请认真贯彻执行。执行中遇到的问题，请径向省发展改革委反映。): the signature is below.
  const lineTail = first ? head.slice(cursor, first.start + first.text.length) : '';
  if (first && first.start < cursor && /[。；]\s*$/.test(lineTail) && !DATE.test(lineTail))
    cursor = first.start + first.text.length;
  if (first && first.start < cursor && cursor < first.start + first.text.length) {
    // The sentence ends inside its line: what follows on that line (a one-line text).
    const tail = head.slice(cursor, first.start + first.text.length);
    const sig = new RegExp(`^\\s*(?<who>[^。，,；;:：《》]{2,60}?)\\s*${DATE.source}`, 'd').exec(
      tail,
    );
    if (sig) {
      const [ws, we] = groupSpan(sig, 'who', cursor);
      signers.push({ start: ws, end: we });
      const d = DATE.exec(tail.slice(sig.indices?.groups?.who?.[1] ?? 0)) as RegExpExecArray;
      const ds = cursor + (sig.indices?.groups?.who?.[1] ?? 0) + d.index;
      out.date = { value: isoDate(d), evidence: evidence(doc, ds, ds + d[0].length) };
      titleFrom = ds + d[0].length;
    } else {
      // Or the notice's sentences first, then the bodies glued to the date (…联合制定了《X》,
      // 江苏省工业和信息化厅…江苏省市场监督管理局2024年4月17日江苏省…).
      const glued = GLUED_SIGNATURE.exec(tail.slice(0, 800));
      if (glued?.groups?.who && BODY_END.test(glued.groups.who)) {
        const [ws, we] = groupSpan(glued, 'who', cursor);
        signers.push({ start: ws, end: we });
        const ds = we + (/^\s*/.exec(head.slice(we))?.[0].length ?? 0);
        const d = DATE.exec(head.slice(ds)) as RegExpExecArray;
        out.date = { value: isoDate(d), evidence: evidence(doc, ds, ds + d[0].length) };
        titleFrom = ds + d[0].length;
      } else if (handed) titleFrom = cursor;
    }
  }
  if (titleFrom < 0) {
    let i = 0;
    const pending: { start: number; end: number }[] = [];
    for (; i < rest.length && i < 12; i++) {
      const l = rest[i] as { start: number; text: string };
      if (l.start < cursor) continue;
      const line = l.text.trim();
      if (line === '' || NOTE_LINE.test(line)) continue;
      const s = l.start + l.text.indexOf(line);
      const dm = DATE_LINE.exec(line);
      if (dm) {
        signers.push(...pending);
        const d = DATE.exec(line) as RegExpExecArray;
        out.date = {
          value: isoDate(d),
          evidence: evidence(doc, s + d.index, s + d.index + d[0].length),
        };
        cursor = s + line.length;
        break;
      }
      if (line.length > 30 || /[。，,；;:：]/.test(line)) break;
      // A body's name over two lines (浙江省制造业高质量发展(数字经济发展) / 领导小组办公室(代章)).
      const prev = pending[pending.length - 1];
      const prevName = prev ? squeeze(doc.view.slice(prev.start, prev.end)) : '';
      if (prev && !BODY_END.test(bodyName(prevName)) && BODY_END.test(bodyName(line)))
        prev.end = s + line.length;
      else pending.push({ start: s, end: s + line.length });
    }
    if (!out.date) cursor = handed ? handed.end : cursor;
  }
  out.issuers = signers.flatMap((sg) =>
    splitSigners(doc, sg.start, sg.end).map(([s, e]) => {
      // 领导小组办公室(浙江省经济和信息化厅代章): the body, without the note of whose seal it bears.
      const name = squeeze(evidence(doc, s, e).quote);
      const own = bodyName(name);
      const end = e - (name.length - own.length);
      return { text: own.replace(/\s+/g, ''), evidence: evidence(doc, s, end) };
    }),
  );
  if (out.issuers.length === 0 && noticeTitle?.issuer) {
    const [s, e] = noticeTitle.issuer;
    out.issuers = splitSigners(doc, s, e).map(([a, b]) => ({
      text: squeeze(evidence(doc, a, b).quote),
      evidence: evidence(doc, a, b),
    }));
  }

  // The document's own title after the notice.
  const own = titleFrom >= 0 ? inlineTitle(doc, titleFrom) : titleLines(doc, lines, cursor);
  if (own) out.title = own;
  else {
    const [s, e] = (handed ?? noticeTitle)?.t as [number, number];
    out.title = { text: squeeze(evidence(doc, s, e).quote), evidence: evidence(doc, s, e) };
  }
  return out;
}

/** Bodies written side by side (安徽省汽车办 安徽省发展改革委 …): one each, split at spaces between names. */
function splitSigners(doc: SourceDoc, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  const v = doc.view.slice(start, end);
  const parts = [...v.matchAll(/\S+/g)];
  // A name broken by a stray space (高质量 创新) is rejoined: a part of one or two characters.
  for (const p of parts) {
    const s = start + p.index;
    const e = s + p[0].length;
    const last = out[out.length - 1];
    // A name over two lines or parts: the first does not end as a body's name does, the second does.
    const lastName = last ? doc.view.slice(last[0], last[1]) : '';
    const over = !!last && !BODY_END.test(bodyName(lastName)) && BODY_END.test(bodyName(p[0]));
    if (last && (p[0].length <= 2 || e - s < 3 || over)) last[1] = e;
    else {
      let at = s;
      for (const piece of gluedBodies(p[0])) {
        out.push([at, at + piece.length]);
        at += piece.length;
      }
    }
  }
  return out;
}

/**
 * Bodies glued together with no space (a one-line text: 江苏省工业和信息化厅江苏省发展改革委江苏省科技厅):
 * split where the first one's place is named again, when every piece ends as a body's name does.
 * gluedBodies('江苏省科技厅江苏省财政厅') → ['江苏省科技厅', '江苏省财政厅']
 * gluedBodies('中共宿州市委宿州市人民政府') → ['中共宿州市委', '宿州市人民政府']
 */
function gluedBodies(name: string): string[] {
  // (中共宿州市委宿州市人民政府: the party's committee and the government, 中共 before the place.)
  const lead = name.startsWith('中共') ? 2 : 0;
  const place = /^[\u4e00-\u9fa5]{2,8}?(?:省|自治区|市|州|盟|县|区|旗)/.exec(name.slice(lead))?.[0];
  if (!place) return [name];
  const cuts = [0];
  for (let i = name.indexOf(place, lead + place.length); i > 0; i = name.indexOf(place, i + 1))
    cuts.push(i);
  const pieces = cuts.map((c, k) => name.slice(c, cuts[k + 1] ?? name.length));
  return pieces.length >= 2 && pieces.every((p) => BODY_END.test(p)) ? pieces : [name];
}

/** The title lines that start at or after `from`: short lines, the last ending as titles do. */
/**
 * Whether the next line with text after line `i` is a title's period ((2025-2027年)): a blank
 * before it does not end the title.
 */
function periodNext(lines: { text: string }[], i: number): boolean {
  const next = lines.slice(i + 1).find((x) => x.text.trim() !== '');
  return next !== undefined && YEARS_LINE.test(next.text.trim());
}

function titleLines(
  doc: SourceDoc,
  lines: { start: number; text: string }[],
  from: number,
): { text: string; evidence: Evidence } | null {
  const picked: { start: number; end: number }[] = [];
  for (const [i, l] of lines.entries()) {
    if (l.start < from) continue;
    const line = l.text.trim();
    if (line === '' || NOTE_LINE.test(line)) {
      if (picked.length > 0 && !(line === '' && periodNext(lines, i))) break;
      continue;
    }
    const s = l.start + l.text.indexOf(line);
    if (
      picked.length > 0 &&
      TITLE_END.test(squeeze(picked.map((p) => doc.view.slice(p.start, p.end)).join(''))) &&
      !YEARS_LINE.test(line)
    )
      break;
    if (line.length > 60 || /[。，,；;:：]$|[。；;]/.test(line)) break;
    picked.push({ start: s, end: s + line.length });
    if (picked.length === 4) break;
  }
  if (picked.length === 0) return null;
  const text = squeeze(picked.map((p) => evidence(doc, p.start, p.end).quote).join(''));
  if (!TITLE_END.test(titleKey(text).replace(/\(/g, '(')) && !TITLE_END.test(text)) return null;
  const s = (picked[0] as { start: number }).start;
  const e = (picked[picked.length - 1] as { end: number }).end;
  return { text, evidence: evidence(doc, s, e) };
}

/** A title that runs on in the same line after the notice's date (a one-line text layer). */
function inlineTitle(doc: SourceDoc, from: number): { text: string; evidence: Evidence } | null {
  const m = new RegExp(
    `^\\s*(?<t>[^。，,；;:：\\n]{4,60}?(?:${alt(TITLE_ENDS)})(?:\\s*[(（][^()（）\\n]{2,24}[)）])?)`,
    'd',
  ).exec(doc.view.slice(from, from + 200));
  if (!m) return titleLines(doc, linesOf(doc.view), from);
  const [s, e] = groupSpan(m, 't', from);
  return { text: squeeze(evidence(doc, s, e).quote), evidence: evidence(doc, s, e) };
}

/** 【发布单位】 贵州省人民政府 / 【发布文号】 / 【发布日期】 2014-04-21, as republished pages label them. */
function labelled(doc: SourceDoc, head: string, out: NoticeRead): NoticeRead {
  const value = (labels: readonly string[]) =>
    new RegExp(`[【\\[]\\s*${alt(labels)}\\s*[】\\]]\\s*[:：]?\\s*(?<v>[^\\n]+)`, 'd').exec(head);
  const d = value(META_LABELS.date);
  const dm = d ? DATE.exec(d.groups?.v ?? '') : null;
  if (d && dm) {
    const [vs] = groupSpan(d, 'v');
    out.date = {
      value: isoDate(dm),
      evidence: evidence(doc, vs + dm.index, vs + dm.index + dm[0].length),
    };
  }
  return out;
}

/** A label as a table writes it, with spaces between its characters or not: 标 题, 索 引 号. */
const spaced = (label: string): string => [...label].join('\\s*');

/**
 * A government site's disclosure table (政府信息公开) above the text: cells such as
 * `标 题: | X |`, `发文机关: | Y |`, `成文日期: | 2022年06月27日 |`, or one label and value a line.
 * Read only where two of its labels stand in the first lines; fills what is still missing — the
 * title, the issuer, the date (成文日期 before 发布日期, which dates the web page).
 */
function disclosure(doc: SourceDoc, head: string, out: NoticeRead): NoticeRead {
  const top = head.slice(0, 1500);
  const cell = (label: string) =>
    new RegExp(
      `(?:^|[|\\s])${spaced(label)}\\s*[:：]\\s*\\|?\\s*(?<v>[^|\\n]*[^|\\s])\\s*(?:\\||$)`,
      'dm',
    ).exec(top);
  const first = (labels: readonly string[]) => {
    for (const l of labels) {
      const m = cell(l);
      if (m) return m;
    }
    return null;
  };
  const title = first(META_LABELS.title);
  const issuer = first(META_LABELS.issuer);
  const date = first(['成文日期', '发文日期', ...META_LABELS.date]);
  if ([title, issuer, date, first(META_LABELS.number)].filter(Boolean).length < 2) return out;
  const span = (m: RegExpExecArray) => groupSpan(m, 'v');
  if (title && !out.title) {
    const [s, e] = span(title);
    out.title = { text: squeeze(evidence(doc, s, e).quote), evidence: evidence(doc, s, e) };
  }
  if (issuer && out.issuers.length === 0) {
    const [s, e] = span(issuer);
    out.issuers = [{ text: squeeze(evidence(doc, s, e).quote), evidence: evidence(doc, s, e) }];
  }
  const dm = date ? DATE.exec(date.groups?.v ?? '') : null;
  if (date && dm && !out.date) {
    const [vs] = span(date);
    out.date = {
      value: isoDate(dm),
      evidence: evidence(doc, vs + dm.index, vs + dm.index + dm[0].length),
    };
  }
  return out;
}

/**
 * The title: a covering notice's (the document's title line after the notice, else its 《X》 or
 * the X of its `关于印发X的通知`), or else the heading lines at the top (short, not ending in ：or 。,
 * a masthead such as 武汉市人民政府文件 and the number line skipped), joined.
 */
export function readTitle(
  doc: LoadedSource | SourceDoc,
  notice = readNotice(doc),
): TitleRead | null {
  if (notice.title) {
    const issuer = notice.issuers.map((i) => i.text).join('、');
    return {
      title: notice.title.text,
      ...(issuer ? { issuer } : {}),
      evidence: [notice.title.evidence, ...notice.issuers.map((i) => i.evidence)],
    };
  }
  const shared = sharedFile(doc);
  if (shared) return shared;
  const lines = linesOf(doc.view);
  const picked: { start: number; end: number }[] = [];
  // A red-head masthead (武汉市人民政府文件) names the issuer.
  let masthead: Evidence | null = null;
  for (const [i, { start, text }] of lines.entries()) {
    // The title line may carry the document number after it (a web page's one line).
    const line = text.trim().replace(NUMBER_TAIL, '');
    if (line === '') {
      if (picked.length > 0 && !periodNext(lines, i)) break;
      continue;
    }
    if (picked.length === 0 && FORUM_LINE.test(line)) continue;
    if (picked.length === 0 && /文件$/.test(line) && line.length <= 30) {
      const s = start + text.indexOf(line);
      masthead = evidence(doc, s, s + line.length - 2);
      continue;
    }
    if (picked.length === 0 && DOC_NUMBER.test(line) && line.length <= 24) continue;
    const sofar = squeeze(picked.map((p) => doc.view.slice(p.start, p.end)).join(''));
    if (picked.length > 0 && TITLE_END.test(sofar) && !YEARS_LINE.test(line)) break;
    const limit = TITLE_END.test(line) ? 60 : 40;
    if (isDateLine(line) || line.length > limit || /[:：。,，;；]$/.test(line)) break;
    if (/^([一二三四五六七八九十]+、|\d+[.、])/.test(line)) break;
    if (/^\(/.test(line) && !YEARS_LINE.test(line)) break;
    const s = start + text.indexOf(line);
    picked.push({ start: s, end: s + line.length });
    if (picked.length === 3) break;
  }
  if (picked.length === 0) return null;
  const first = picked[0] as { start: number };
  const last = picked[picked.length - 1] as { end: number };
  const title = squeeze(picked.map((p) => evidence(doc, p.start, p.end).quote).join(''));
  if (title.length < 4) return null;
  // 包头市人民政府关于…的实施意见: the body before 关于 issues it.
  const by = /^[^关，,。]{2,30}?(?:人民政府|办公厅|办公室|委员会|厅|局)(?=关于)/.exec(
    doc.view.slice(first.start, last.end),
  );
  if (by && !masthead) masthead = evidence(doc, first.start, first.start + by[0].length);
  return {
    title,
    ...(masthead ? { issuer: gluedBodies(squeeze(masthead.quote)).join('、') } : {}),
    evidence: [evidence(doc, first.start, last.end), ...(masthead ? [masthead] : [])],
  };
}

/** A document-sharing site's header: 《X.docx》由会员分享,可在线阅读… */
const SHARED_FILE = /^\s*《(?<t>[^《》\n]{4,80}?)\.(?:docx?|pdf|wps|txt)》\s*由会员分享/d;

/**
 * The title of a file a document-sharing site shows: the file's name in its header, as the text
 * below writes it with the draft's mark after it (衢州市…行动计划(送审稿)), else as the header does.
 * @example sharedFile(doc('《X行动计划.docx》由会员分享,可在线阅读…\n1、X行动计划(送审稿)紧紧围绕…')) // → X行动计划(送审稿)
 */
function sharedFile(doc: SourceDoc): TitleRead | null {
  const m = SHARED_FILE.exec(doc.view);
  if (!m?.groups) return null;
  const name = m.groups.t as string;
  const lineEnd = doc.view.indexOf('\n', m.index + m[0].length);
  const at = lineEnd < 0 ? -1 : doc.view.indexOf(name, lineEnd);
  if (at < 0) {
    const [s, e] = groupSpan(m, 't');
    return { title: squeeze(evidence(doc, s, e).quote), evidence: [evidence(doc, s, e)] };
  }
  const mark = /^\s*[(（][^()（）\n]{2,24}[)）]/.exec(doc.view.slice(at + name.length));
  const e = at + name.length + (mark?.[0].length ?? 0);
  return { title: squeeze(evidence(doc, at, e).quote), evidence: [evidence(doc, at, e)] };
}

/** The best a text without a title line offers: its first line, cut at its first clause. */
export function titleCandidate(doc: SourceDoc): TitleRead | null {
  const l = linesOf(doc.view).find((x) => x.text.trim() !== '');
  if (!l) return null;
  const line = l.text.trim();
  const s = l.start + l.text.indexOf(line);
  const clause = /^[^。，,；;:：]{2,40}/.exec(line)?.[0] ?? line.slice(0, 40);
  return {
    title: squeeze(evidence(doc, s, s + clause.length).quote),
    evidence: [evidence(doc, s, s + clause.length)],
  };
}

function isDateLine(line: string): boolean {
  return /^\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}/.test(line);
}

/** A publication date on a line of its own near the top (`2022-12-07 00:00`), else the date it takes effect. */
function readDate(doc: LoadedSource, ev: Evidence[]): string | null {
  const head = doc.view.slice(0, 600);
  const m = /(?:^|\n)\s*(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})日?/.exec(head);
  const effective = /(?:自|从)(\d{4})年(\d{1,2})月(\d{1,2})日(?:起)?(?:施行|实施|执行)/.exec(
    doc.view,
  );
  const found = m ?? effective;
  if (!found) return chineseDate(doc, head, ev);
  const s = found.index + found[0].indexOf(found[1] as string);
  ev.push(evidence(doc, s, found.index + found[0].length));
  return `${found[1]}-${(found[2] as string).padStart(2, '0')}-${(found[3] as string).padStart(2, '0')}`;
}

/**
 * A date written in Chinese numerals on a line of its own near the top (二〇二一年十一月, the day
 * optional), as ISO (2021-11, 2021-11-05).
 */
function chineseDate(doc: LoadedSource, head: string, ev: Evidence[]): string | null {
  const m =
    /(?:^|\n)\s*([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月(?:\s*([一二三四五六七八九十]{1,3})\s*日)?\s*(?=\n|$)/.exec(
      head,
    );
  if (!m) return null;
  const year = digitByDigit(m[1] as string);
  const month = parseNumber(m[2] as string) ?? 0;
  const day = m[3] ? (parseNumber(m[3]) ?? 0) : null;
  if (!year || !(month >= 1 && month <= 12) || (day !== null && !(day >= 1 && day <= 31)))
    return null;
  const s = m.index + m[0].indexOf(m[1] as string);
  ev.push(evidence(doc, s, m.index + m[0].trimEnd().length));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}${day === null ? '' : `-${pad(day)}`}`;
}

/**
 * The region a document governs: the most specific known place named in its title; else the place
 * (or its sub-places) the text names most, at the level the text speaks for itself (我省 → a
 * province, 我市 → a city, 我区 → a zone).
 */
export function readRegion(
  doc: LoadedSource,
  title: string,
  regions: Region[],
  ev: Evidence[],
  issuer: string | null = null,
): string | null {
  const names = (r: Region) => [r.zh, ...(r.aliases ?? [])].filter((n) => n.length >= 2);
  const depth = (r: Region): number => {
    let d = 0;
    let p = r.parent;
    while (p && d < 10) {
      d++;
      p = regions.find((x) => x.id === p)?.parent;
    }
    return d;
  };
  const inTitle = regions
    .filter((r) => names(r).some((n) => title.includes(n)))
    .sort((a, b) => depth(b) - depth(a));
  const top = inTitle[0];
  if (top) {
    const n = names(top).find((x) => title.includes(x)) as string;
    const at = doc.view.indexOf(n);
    if (at >= 0 && at < 400) ev.push(evidence(doc, at, at + n.length));
    return top.zh;
  }
  // The place the issuer names (广东省工业和信息化厅 → 广东省), when the title names none.
  const issuerPlace = issuer ? issuerPlaceOf(issuer) : null;
  if (issuerPlace) {
    const at = doc.view.indexOf(issuerPlace);
    if (at >= 0) ev.push(evidence(doc, at, at + issuerPlace.length));
    return regions.find((r) => names(r).includes(issuerPlace))?.zh ?? issuerPlace;
  }
  // The place the preamble says the document answers (结合眉山实际): the curated one it names;
  // one they do not know is left to the gazetteer (readDocument), not to the places it cites.
  const own = OWN_PLACE.exec(doc.view.slice(0, 1500))?.groups?.p;
  if (own && !/^(?:我|本|全)/.test(own) && !BARE_ZONE.test(own)) {
    const r = regions.find((x) => names(x).includes(own));
    if (!r) return null;
    const at = doc.view.indexOf(own);
    ev.push(evidence(doc, at, at + own.length));
    return r.zh;
  }
  const self = /我(省|市|区|县)/.exec(doc.view);
  const level = self
    ? ({ 省: 'province', 市: 'city', 区: 'zone', 县: 'county' } as const)[self[1] as '省']
    : null;
  const count = new Map<string, { n: number; at: number; len: number }>();
  for (const r of regions) {
    for (const n of names(r)) {
      let i = doc.view.indexOf(n);
      while (i >= 0) {
        // Credit the place and every place that contains it at the level we look for.
        let cur: Region | undefined = r;
        while (cur) {
          const c = count.get(cur.id) ?? { n: 0, at: i, len: n.length };
          c.n++;
          count.set(cur.id, c);
          cur = regions.find((x) => x.id === cur?.parent);
        }
        i = doc.view.indexOf(n, i + n.length);
      }
    }
  }
  const candidates = regions
    .filter((r) => (level ? r.level === level : true) && (count.get(r.id)?.n ?? 0) > 0)
    .sort((a, b) => (count.get(b.id)?.n ?? 0) - (count.get(a.id)?.n ?? 0));
  const best = candidates[0];
  if (!best) return null;
  const c = count.get(best.id) as { at: number; len: number };
  ev.push(evidence(doc, c.at, c.at + c.len));
  return best.zh;
}

/**
 * The place an issuer names at its start: 广东省工业和信息化厅 → 广东省, 杭州市滨江区人民政府 → 滨江区
 * (the most specific), 中共瑞安市委 → 瑞安市, 经济和信息化厅等7部门 → null.
 */
export function issuerPlaceOf(issuer: string): string | null {
  // A party committee names its place after the party: 中共瑞安市委 → 瑞安市.
  const first = (issuer.split(/[、,，\s]/)[0] ?? '').replace(/^(?:中共|中国共产党)/, '');
  const places = titlePlaces(first);
  return places[places.length - 1]?.name ?? null;
}

/** The document kind from the title's last words. */
export function kindOf(title: string): string {
  const t = title.replace(/[(（][^)）]*[)）]$/, '');
  if (/措施$|举措$|政策$|规定$/.test(t)) return 'measures';
  if (/行动方案$|方案$|行动计划$|倍增计划$|提升计划$/.test(t)) return 'action-plan';
  if (/规划$|纲要$/.test(t)) return 'plan';
  if (/意见$/.test(t)) return 'opinion';
  if (/通知$/.test(t)) return 'notice';
  if (/办法$|条例$|细则$/.test(t)) return 'regulation';
  return 'document';
}

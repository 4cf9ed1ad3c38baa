/**
 * Finds the cross-references in the running text of articles. Text inside 《…》 and
 * quoted replacement text of amendments (修改为：“……”) is opaque.
 */
import { documentTitle } from '../parse/nodes';
import type { ParseResult, TextUnit } from '../parse/parse';
import { joinedText, type JoinedText } from '../parse/joined';
import { rangeCount, rangeEnd, rangeStart } from '../parse/units';
import type { PathNumeral, Reference, ReferenceElement, ReferencePath, Span, StructureNode } from '../types';
import { readDocScope, readList, readListDroppingFirstOrdinal, readRelative, type RawPath } from './grammar';
import { contextualise } from './context';
import { numbersForm, onAttachmentHeadingLine } from './attachment';
import { numbersListAbove } from './list-above';
import { leadsInOtherLaw, scopeBefore, selfScope, type SelfScope } from './scope';
import { anyWithin, positionIn } from '../text/offsets';
import { attachedTables, cellTextAbove, cellWordsBefore, inTable } from '../text/table-cells';
import { CN_NUMERAL_CHARS } from '../text/numerals';
import { counterLeftOut, type CounterSlip, LABEL_WITHOUT_COUNTER_RE } from './missing-counter';

/**
 * 本法第六十九条第二项所称前项第三款……: the words after 所称 are quoted from the provision just cited, so
 * their 前项 counts in that provision, not in the text that quotes it. They run on to where the explanation starts
 * (本法第十八條第九項所稱請領……撫慰金及前項撫慰金餘額，指……: at its comma) or a closing 」.
 */
const QUOTES_CITED_WORDS = /[条款项目]所称[^。；：，」]{0,40}$/u;
const AFTER_LABEL_RE = /(?:条(?:之[一二三四五六七八九十]+)?|款)$/u;

/**
 * 職業病種類表第八類第二項, 考試第一天第一節: right after the ordinal of a counter no text is divided by — a list's class
 * (类), a day (天, 日) — a path counts within what that names (the class's entries, the day's sessions). 每天第一節,
 * 當日第二節 name a day as well, without its ordinal.
 */
const AFTER_OTHER_ORDINAL_RE = new RegExp(`(?:第[${CN_NUMERAL_CHARS}0-9]+[类天日]|[每当][天日])$`, 'u');

/** Whether the path at `at` goes on from an article label before it (read or not), or from another counter's ordinal. */
function afterLabel(s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - 9), at);
  return AFTER_LABEL_RE.test(before.slice(-6)) || LABEL_WITHOUT_COUNTER_RE.test(before) || AFTER_OTHER_ORDINAL_RE.test(before);
}
/** A label's last character (第五十七條, 第三項, 第二章之一): a path that goes on continues it. */
const CELL_ENDS_IN_LABEL = /[编章节条项款目](?:之[一二三四五六七八九十]+)?$/u;
/**
 * 表：第十五條 on a line of its own: a table's caption naming the article it belongs to (as the texts of the
 * Taiwan law database print one), not a citation.
 */
const CAPTION_BEFORE = /(?:^|\n)[ \u3000]*[表图][：:]$/u;
const REST_OF_LINE = /[ \u3000]*(?:\r?\n|$)/uy;

function isCaption(s: string, at: number, end: number): boolean {
  if (!CAPTION_BEFORE.test(s.slice(Math.max(0, at - 8), at))) return false;
  REST_OF_LINE.lastIndex = end;
  return REST_OF_LINE.test(s);
}
/** 第五条第五项之删除 (when a deletion takes effect) names the text before the deletion, not this one. */
const DELETION_AFTER = /^之删除/u;
/** An opening quote right after these words starts replacement text (将第十条修改为：“……”). */
const AMEND_QUOTE_RE = /(?:修改为|改为|作为[^，。；：]{0,20}|增加[^，。；：]{0,20}|表述为|补充[^，。；：]{0,20})[：:]?$/u;

interface QuoteState {
  /** Inside replacement text that continues over paragraphs. */
  open: boolean;
}

/**
 * The references in `units` (all of the parse's when not given; in text order), read in their context.
 * `carried` tells whether quoted replacement text stayed open at the end of a range: then the references
 * of one paragraph depend on the paragraphs before it (incremental re-analysis does not apply). Otherwise
 * context never reaches beyond a paragraph, so the units of whole paragraphs can be scanned on their own.
 */
export function scanReferences(parsed: ParseResult, units: readonly TextUnit[] = parsed.units): { refs: Reference[]; carried: boolean; slips: CounterSlip[] } {
  const refs: Reference[] = [];
  const slips: CounterSlip[] = [];
  const quote: QuoteState = { open: false };
  const amendment = parsed.kind === 'amendment';
  let carried = false;
  // Where 《 and “ stand: a range without either (and no quote open) has no opaque span to look for.
  // (Not for a few units, such as a paragraph read again after an edit.)
  let marks: number[] | undefined;
  // A path or a name cut by a hard wrap (民法第七\n百二十條) is read whole in the joined text; its spans are mapped back.
  const joined = joinedText(parsed.folded, units);
  const text = joined?.text ?? parsed.folded;
  const view = joined ? (at: number) => joined.viewOf(at) : (at: number) => at;
  if (units.length > 8) {
    marks = [];
    OPAQUE_OPENERS.lastIndex = 0;
    while (OPAQUE_OPENERS.test(text)) marks.push(OPAQUE_OPENERS.lastIndex - 1);
  }
  const next = candidates(text);
  const self = selfScope(documentTitle(parsed), parsed.divisions.some((d) => d.kind === 'book'));
  // In the view's offsets, as the scan reads: a break taken out moves what follows it.
  const lastArticle = parsed.articles[parsed.articles.length - 1];
  const tables = attachedTables(text, lastArticle ? view(lastArticle.spanStart) : Infinity);
  const read: Read = { parsed, text, view, refs, slips, next, self, joined, tables };
  for (const unit of units) {
    for (let k = 0; k < rangeCount(unit); k++) {
      const start = view(rangeStart(unit, k));
      let end = view(rangeEnd(unit, k));
      // The ranges a break taken out joins are one range of the view.
      while (k + 1 < rangeCount(unit) && view(rangeStart(unit, k + 1)) === end) end = view(rangeEnd(unit, ++k));
      const plain = marks !== undefined && !quote.open && !anyWithin(marks, start, end);
      const opaque = plain ? NONE : opaqueSpans(text, start, end, quote, amendment);
      scanRange(read, unit, start, end, opaque);
      if (quote.open) carried = true;
    }
  }
  contextualise(parsed.folded, refs, parsed.jurisdiction, (article, n) => {
    const i = positionIn(parsed.articles, article);
    return i >= n ? parsed.articles[i - n] : undefined;
  });
  return { refs, carried, slips };
}

const OPAQUE_OPENERS = /[《“]/gu;
const NONE: readonly Span[] = [];

const OPEN_TITLE = 0x300a; // 《
const CLOSE_TITLE = 0x300b; // 》
const OPEN_QUOTE = 0x201c; // “
const CLOSE_QUOTE = 0x201d; // ”

/** The first `code` in `s[from, end)`, or -1. */
function indexWithin(s: string, code: number, from: number, end: number): number {
  for (let i = from; i < end; i++) if (s.charCodeAt(i) === code) return i;
  return -1;
}

/** Opaque spans inside one range: 《…》 titles and amendment quotes. */
function opaqueSpans(s: string, rangeFrom: number, rangeTo: number, quote: QuoteState, amendment: boolean): Span[] {
  const out: Span[] = [];
  let i = rangeFrom;
  if (quote.open) {
    // Replacement text over several paragraphs: each continued paragraph opens with “, the last closes ”.
    if (s[rangeFrom] !== '“') {
      quote.open = false;
    } else {
      const close = indexWithin(s, CLOSE_QUOTE, rangeFrom + 1, rangeTo);
      if (close < 0 || close >= rangeTo) {
        out.push({ start: rangeFrom, end: rangeTo });
        return out;
      }
      out.push({ start: rangeFrom, end: close + 1 });
      quote.open = false;
      i = close + 1;
    }
  }
  let depth = 0;
  let titleStart = -1;
  for (; i < rangeTo; i++) {
    const ch = s.charCodeAt(i);
    if (ch === OPEN_TITLE) {
      if (depth === 0) titleStart = i;
      depth++;
    } else if (ch === CLOSE_TITLE && depth > 0) {
      depth--;
      if (depth === 0) out.push({ start: titleStart, end: i + 1 });
    } else if (ch === OPEN_QUOTE && depth === 0 && (amendment || AMEND_QUOTE_RE.test(s.slice(Math.max(rangeFrom, i - 30), i)))) {
      // Searched within the range: an unclosed quote must not send a search to the end of the document.
      const close = indexWithin(s, CLOSE_QUOTE, i + 1, rangeTo);
      if (close >= 0 && close < rangeTo) {
        out.push({ start: i, end: close + 1 });
        i = close;
      } else {
        out.push({ start: i, end: rangeTo });
        quote.open = true;
        break;
      }
    }
  }
  if (depth > 0 && titleStart >= 0) out.push({ start: titleStart, end: rangeTo }); // unmatched 《
  return out;
}


function toPath(raw: RawPath): ReferencePath {
  const { start, end, ...rest } = raw;
  return { ...rest, span: { start, end } };
}

/** What a scan reads with: the text (the joined view when a unit is hard-wrapped) and how source offsets map into it. */
interface Read {
  parsed: ParseResult;
  text: string;
  view: (source: number) => number;
  refs: Reference[];
  /** The articles' numbers whose 条 was left out, met where a path after one is read as that article's (unreadEnd). */
  slips: CounterSlip[];
  next: NextCandidate;
  self: SelfScope;
  joined: JoinedText | undefined;
  /** Where the drawn tables under an attachment heading lie (attachedTables), in the view's offsets. */
  tables: readonly number[];
}

function scanRange(read: Read, unit: TextUnit, rangeFrom: number, rangeTo: number, opaque: readonly Span[]): void {
  const { parsed, text: s, refs, next: nextCandidate, self, joined, tables } = read;
  const j = parsed.jurisdiction;
  let resumeScope: Reference['scope'] | undefined;
  let k = 0; // opaque spans come in text order: one pointer walks them (no search per candidate)
  for (let at = nextCandidate(rangeFrom, rangeTo); at >= 0; ) {
    while (k < opaque.length && (opaque[k] as Span).end <= at) k++;
    const o = k < opaque.length && (opaque[k] as Span).start <= at ? opaque[k] : undefined;
    if (o) {
      at = nextCandidate(o.end, rangeTo);
      // A list right after a 《title》 continues the external scope (《劳动合同法》第四十四条、第四十六条).
      resumeScope = s[o.end - 1] === '》' ? 'external' : undefined;
      continue;
    }
    const ref = readReferenceAt(parsed, s, at, rangeTo, j, self, tables);
    if (!ref) {
      resumeScope = undefined;
      at = nextCandidate(unreadEnd(read, unit, at, rangeTo), rangeTo);
      continue;
    }
    if (resumeScope === 'external' && ref.scope === 'internal-bare' && at > 0 && s[at - 1] === '》') ref.scope = 'external';
    if (ref.scope === 'internal-bare' && unit.item && ledInByOtherLaw(s, unit, self, read.view)) ref.scope = 'external';
    resumeScope = undefined;
    at = nextCandidate(ref.span.end, rangeTo);
    if (joined) toSource(ref, joined);
    ref.article = unit.article;
    ref.paragraph = unit.paragraph;
    ref.item = unit.item;
    ref.text = parsed.source.slice(ref.span.start, ref.span.end);
    for (const e of ref.elements) {
      e.text = parsed.source.slice(e.span.start, e.span.end);
      if (e.rangeEnd) e.rangeEnd.text = parsed.source.slice(e.rangeEnd.span.start, e.rangeEnd.span.end);
    }
    refs.push(ref);
  }
}

/** Maps a reference read in the joined view back to the source: its spans, its paths' and its numerals'. */
function toSource(ref: Reference, joined: JoinedText): void {
  // A span object the grammar shares between two paths is moved once.
  const seen = new Set<Span>();
  const span = (sp: Span): void => {
    if (seen.has(sp)) return;
    seen.add(sp);
    sp.start = joined.sourceStart(sp.start);
    sp.end = joined.sourceEnd(sp.end);
  };
  const path = (p: ReferencePath): void => {
    span(p.span);
    for (const n of p.numerals) {
      span(n.span);
      if (n.removal) span(n.removal);
    }
  };
  span(ref.span);
  for (const e of ref.elements) {
    span(e.span);
    path(e.path);
    if (e.rangeEnd) {
      span(e.rangeEnd.span);
      path(e.rangeEnd.path);
    }
  }
}

/**
 * Whether the text that introduces the list `unit` stands in names another instrument's provisions: the 款's for an
 * item, and for a subitem its item's too (二、有本條例下列情形之一者，各記違規點數二點：（一）第二十九條第一項。).
 */
function ledInByOtherLaw(s: string, unit: TextUnit, self: SelfScope, view: (source: number) => number): boolean {
  const item = unit.item as StructureNode;
  if (unit.node !== item && leadsInOtherLaw(s, view(item.textStart), view(item.textEnd), self)) return true;
  return leadsInOtherLaw(s, view(unit.paragraph.textStart), view(unit.paragraph.textEnd), self);
}

const CANDIDATE_RE = /[第本前同该]/gu;

/** Where the next character that can start a reference (第 本 前 同 该) stands in text[from, end), or -1. */
type NextCandidate = (from: number, end: number) => number;

/**
 * A NextCandidate over one text. The pattern searches on past `end` to the next candidate anywhere, so a
 * run of paragraphs without one searched the same stretch once per paragraph: quadratic in the length of
 * the run. The last search is remembered: a later start at or before the candidate it found gets
 * that candidate without a search, and no stretch is searched twice. (A loop over character codes bounded
 * by `end` is linear too, but slower than the pattern: V8 searches with a pattern faster than a loop reads.)
 */
function candidates(text: string): NextCandidate {
  let searchedFrom = -1;
  let found = -1; // the first candidate at or after searchedFrom; text.length when there is none
  return (from, end) => {
    if (from < searchedFrom || from > found) {
      CANDIDATE_RE.lastIndex = from;
      searchedFrom = from;
      found = CANDIDATE_RE.test(text) ? CANDIDATE_RE.lastIndex - 1 : text.length;
    }
    return found < end ? found : -1;
  };
}

function elementsOf(list: { elements: { path: RawPath; rangeEnd?: RawPath }[] }): ReferenceElement[] {
  return list.elements.map((e) => {
    const path = toPath(e.path);
    const el: ReferenceElement = { text: '', span: { start: e.path.start, end: e.rangeEnd?.end ?? e.path.end }, path };
    if (e.rangeEnd) el.rangeEnd = { text: '', span: { start: e.rangeEnd.start, end: e.rangeEnd.end }, path: toPath(e.rangeEnd) };
    return el;
  });
}

/**
 * Where scanning goes on after a candidate that starts no reference. A path right after 条 (本條例七十六條第一項第二款,
 * whose 第 was not written) counts within that article: its lower levels (第二款) are not references of their own
 * either, nor is the end of a range it opens (第二十六第一項第一款至第三款: 第三款 is article 26's, not this article's).
 * A list member after it (第九十七條第九十九條及第一百零一條) is read as before.
 */
function unreadEnd(read: Read, unit: TextUnit, at: number, limit: number): number {
  const s = read.text;
  if (s[at] !== '第' || !afterLabel(s, at)) return at + 1;
  const first = readList(s.slice(0, limit), at, read.parsed.jurisdiction)?.elements[0];
  // The number it goes on from lacks its 条 (第二十六第一項): handed over for reference.missing-counter, in the source's offsets.
  const slip = counterLeftOut(s, at, first?.path);
  if (slip && first) {
    const path = { start: at, end: first.path.end };
    const source = (sp: Span): Span => (read.joined ? { start: read.joined.sourceStart(sp.start), end: read.joined.sourceEnd(sp.end) } : sp);
    read.slips.push({ span: source(slip), path: source(path), paragraph: unit.paragraph });
  }
  return first?.rangeEnd?.end ?? first?.path.end ?? at + 1;
}

/**
 * Whether this text labels units of a path's level with financial numerals (壹、贰、): then a path so written may
 * be its own. Asked only of a path written so, which is rare: the units are read then.
 */
function labelsFinancial(parsed: ParseResult): (level: PathNumeral['level']) => boolean {
  return (level) => {
    const kind = level.replace(/Sub$/u, '');
    const nodes = kind === 'article' ? parsed.articles : kind === 'item' || kind === 'subitem' ? parsed.units.map((u) => u.node) : parsed.divisions;
    return nodes.some((n) => n.kind === kind && n.numeralStyle === 'financial');
  };
}

function readReferenceAt(parsed: ParseResult, s: string, at: number, limit: number, j: ParseResult['jurisdiction'], self: SelfScope, tables: readonly number[]): Reference | undefined {
  const view = s.slice(0, limit);
  // 教育基本法第十五条: the 本 of 基本法 is part of another law's name (scope.ts reads the path after it).
  if (s[at] === '本' && s[at - 1] !== '基') {
    const docEnd = readDocScope(view, at);
    if (docEnd !== undefined && view[docEnd] === '第') {
      const list = readList(view, docEnd, j);
      // 本法第十条 in a 实施细则 (or a Taiwan 辦法) cites the law it implements: another instrument.
      if (list) return { scope: self(view.slice(at + 1, docEnd)) ? 'internal-doc' : 'external', span: { start: at, end: list.end }, text: '', elements: elementsOf(list) };
    }
    // 本法同條第二項 in a 施行細則: the article of the act named before, not this text's.
    if (docEnd !== undefined && !self(view.slice(at + 1, docEnd))) {
      const rel = readRelative(view, docEnd, j);
      if (rel?.mode === 'anaphoric') {
        const list = view[rel.end] === '第' ? readList(view, rel.end, j) : undefined;
        return { scope: 'external', span: { start: at, end: list?.end ?? rel.end }, text: '', relative: rel.word, elements: list ? elementsOf(list) : [] };
      }
    }
    if (docEnd !== undefined) return undefined; // 本条例 alone
  }
  // Right after 条 (六十条第二款, 第三百零七条之一前三款) the words belong to an article label we could not read,
  // or count within that article: not a reference of their own.
  if (afterLabel(s, at)) return undefined;
  // So do the words heading a table cell whose text runs on from the line above (│本法第五十七條│ then
  // │第三項第二款│): the path began above and lost its head at the line break.
  const above = cellTextAbove(s, at);
  if (above !== undefined && CELL_ENDS_IN_LABEL.test(above)) return undefined;
  if (s[at] !== '第') {
    const rel = readRelative(view, at, j);
    if (!rel) return undefined;
    // 本編第一百十八條 in a text with no books of its own names the code's part it rests on (SelfScope.partless).
    const foreign = parsed.kind === 'amendment' || QUOTES_CITED_WORDS.test(s.slice(Math.max(0, at - 44), at)) || (rel.word === '本编' && self.partless === true);
    const ref: Reference = {
      scope: foreign ? 'external' : 'internal-relative',
      span: { start: at, end: rel.end },
      text: '',
      relative: rel.word,
      relativeCount: rel.count,
      elements: [],
    };
    // 前項第二款及第四款, and 前項二款及第四款 with the first member's 第 left out.
    const list = view[rel.end] === '第' ? readList(view, rel.end, j) : readListDroppingFirstOrdinal(view, rel.end, j);
    if (list) {
      ref.elements = elementsOf(list);
      ref.span.end = list.end;
      // 依本條第十六條第二項: an article holds no articles, so 本條 before 第N條 is a slip (for 本條例, most often the
      // act a regulation cites) that names no provision of this text; left unattributed rather than read as its own.
      if (rel.word === '本条' && ref.elements[0]?.path.article !== undefined) ref.scope = 'external';
    }
    return ref;
  }
  const list = readList(view, at, j);
  if (!list || isCaption(s, at, list.end)) return undefined;
  const financial = labelsFinancial(parsed);
  const form = list.elements.some((e) => numbersForm(e.path, financial) || (e.rangeEnd !== undefined && numbersForm(e.rangeEnd, financial)));
  const elements = elementsOf(list);
  const before = form || parsed.kind === 'amendment' || DELETION_AFTER.test(s.slice(list.end, list.end + 3)) || numbersAttachedTable(tables, at, elements[0]?.path) || onAttachmentHeadingLine(s, at) || numbersListAbove(s, at, elements) ? 'external' : scopeBefore(s, at, self);
  const scope = before === 'internal-bare' && namedInCellAbove(s, at, self) ? 'external' : before;
  return { scope, span: { start: at, end: list.end }, text: '', elements };
}

/**
 * │二、經依政務人員退職撫卹條│ over │    例第十四條規定…│: a name a drawn table's cell wraps is cut by the bars the joined
 * view does not read across, so the cell's words are read whole to decide the scope.
 */
function namedInCellAbove(s: string, at: number, self: SelfScope): boolean {
  const words = cellWordsBefore(s, at);
  return words !== undefined && scopeBefore(words, words.length, self) === 'external';
}

/**
 * │三  三等考試第三款資格所稱……│ in the table of 附表一 set out in 第三條: a path below the article inside a table
 * under an attachment's heading (attachedTables) numbers the attachment's parts, which the text's structure does
 * not hold, not the items of the article the table stands in. A table under no such heading may cite the
 * article's own (│一、辦理依第三項所定之事項│), and is read as the article's.
 */
function numbersAttachedTable(tables: readonly number[], at: number, path: ReferencePath | undefined): boolean {
  if (!path || path.article !== undefined || path.book !== undefined || path.chapter !== undefined || path.section !== undefined) return false;
  return tables.length > 0 && inTable(tables, at);
}

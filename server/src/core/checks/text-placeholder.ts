/**
 * text.placeholder — 本条例自 年 月 日起施行 (blanks often U+3000), ××: unfilled placeholders in a draft.
 * Information while drafting; an error once the text is marked final (setting / `.lexdraft.json` `stage`,
 * CLI `--stage final`).
 */
import { classifyLine } from '../parse/classify';
import type { ParseResult } from '../parse/parse';
import { ATTACHMENT_HEADING_NUMBERED } from '../text/attachments';
import { firstAtOrAfter } from '../text/offsets';
import { cellTextAbove } from '../text/table-cells';
import { hasBoxDrawing, isBoxDrawing } from '../text/chars';
import { proseMatches } from '../prose';
import type { Check } from './types';

const P = '[0-9０-９×xX＊*○〇□_＿]';
const DATE_SHAPE = new RegExp(`自[^\\S\\r\\n]*(${P}{0,4})[^\\S\\r\\n]*年[^\\S\\r\\n]*(${P}{0,2})[^\\S\\r\\n]*月[^\\S\\r\\n]*(${P}{0,2})[^\\S\\r\\n]*日起施行`, 'gu');
const COMPLETE = /^自[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日起施行$/u;
/** Runs of placeholder marks; xx counts only between Han characters (checked on each match, not by a lookbehind at every position). */
const MARKS = /[×＊○□]{2,}|[xX]{2,}/gu;

export const placeholder: Check = {
  id: 'text.placeholder',
  // Not a line check: a line that announces a pattern (批准文号格式为：) makes the marks of the next line no blanks.
  title: { zh: '未填写的占位内容', en: 'Unfilled placeholder' },
  defaultSeverity: 'information',
  run({ parsed, prose, options }, report) {
    const severity = options.stage === 'final' ? 'error' : undefined;
    // Where the blank dates stand, in text order (they do not overlap): a mark inside one is part of it.
    const dateStarts: number[] = [];
    const dateEnds: number[] = [];
    for (const { at, m } of proseMatches(prose, DATE_SHAPE)) {
      // 自2010年 9月1日起施行: a stray space inside a filled date is no blank.
      if (COMPLETE.test(m[0].replace(/[^\S\r\n]/gu, ''))) continue;
      const span = { start: at, end: at + m[0].length };
      dateStarts.push(span.start);
      dateEnds.push(span.end);
      report({ span, severity, message: { zh: '施行日期待定：年、月、日尚未填写', en: 'The effective date is not filled in yet' } });
    }
    // The wording words are read in the folded text (Traditional 規範用語, 字樣), at the same offsets.
    const prescribed = prescribedReader(parsed.source, parsed.folded, parsed.units.map((u) => u.node.spanStart).sort((a, b) => a - b));
    const listed = announcedLists(parsed);
    const entries = entryDates(parsed);
    const annexed = annexRanges(parsed);
    // 合作社聯合社章程準則 (本聯社社址，設於□□縣內), 保險定名準則 (健康保險稱××××健康保險): a text that is itself a
    // model charter, or that lays down how things are named, writes the marks for what each user of it puts
    // there; none is a blank of the text.
    const title = parsed.title;
    if (title && MODEL_TITLE.test(parsed.folded.slice(title.span.start, title.span.end))) return;
    for (const { at, m } of proseMatches(prose, MARKS)) {
      if ((m[0][0] === 'x' || m[0][0] === 'X') && !(hanAt(parsed.source, at - 1) && hanAt(parsed.source, at + m[0].length))) continue;
      if (m[0][0] === '○' && zeroDigits(parsed.source, at, m[0].length)) continue;
      // １２×○．７, ×○．三: a ○ before a decimal point and a digit is the zero of a number in a formula (×○ the operator
      // and it), not a blank.
      if (m[0].endsWith('○') && ZERO_BEFORE_DECIMALS.test(parsed.source.slice(at + m[0].length, at + m[0].length + 2))) continue;
      // 依磁航跡○○○度至一七九度: ○ for each zero of a bearing, as the other end of its range is written digit by digit.
      if (m[0][0] === '○' && zeroInRange(parsed.source, at, m[0].length)) continue;
      if (inAccountName(parsed.source, at + m[0].length)) continue;
      if (namedUnit(parsed.source, at, at + m[0].length)) continue;
      // │ □□ │ over │ 國國 │ / │ 外內 │: boxes in a drawn table are the tick boxes of a form (□國內 □國外, written
      // in columns), not a blank of the text. (○ in a table is read as a figure's zeros or not, like any ○.)
      if (m[0][0] === '□' && inDrawnTableRow(parsed.source, at)) continue;
      if (prescribed(at)) continue;
      // 公、認證書字號如下：一、…字第○○○○號: the items of a list its lead-in announces as a pattern are that pattern.
      const l = firstAtOrAfter(listed.ends, at + 1);
      if (l < listed.ends.length && (listed.starts[l] as number) <= at) continue;
      const e = firstAtOrAfter(entries.ends, at + 1);
      if (e < entries.ends.length && (entries.starts[e] as number) <= at) continue;
      // A form or table set out in an attachment (附表, 附件二) is a model to fill in each time: its blanks are meant.
      const a = firstAtOrAfter(annexed.ends, at + 1);
      if (a < annexed.ends.length && (annexed.starts[a] as number) <= at) continue;
      // ×1械注×2××××3: marks numbered by the digit after them are the positions of a number format the text
      // lays out (××××3为首次注册年份), not blanks; a blank year is written 20××年, the digit before it.
      if (DIGIT.test(parsed.source[at + m[0].length] ?? '')) continue;
      // The first date ending after the mark holds it if it starts at or before it. By a search, not by
      // looking at every date for every mark: a template repeats its blank dates, quadratic that way.
      const d = firstAtOrAfter(dateEnds, at + 1);
      if (d < dateEnds.length && (dateStarts[d] as number) <= at) continue;
      report({ span: { start: at, end: at + m[0].length }, severity, message: { zh: `占位符“${m[0]}”尚未填写`, en: `Placeholder “${m[0]}” is not filled in` } });
    }
  },
};

const DIGIT = /[0-9０-９]/u;

/** A title naming a model charter or form (章程準則, 示範文本, 範本) or a rule of naming (定名, 命名). */
const MODEL_TITLE = /章程准则|示范章程|章程范本|示范文本|范本|定名|命名/u;

/** Whether the line holding `at` is a row of a table drawn with box characters (a bar before `at` on its line). */
function inDrawnTableRow(s: string, at: number): boolean {
  const lineStart = Math.max(s.lastIndexOf('\n', at - 1), s.lastIndexOf('\r', at - 1)) + 1;
  return hasBoxDrawing(s, lineStart, at);
}

/** A line that may be an attachment's heading (附表, 附件一：…), after its indentation. */
const ATTACHMENT_LINE = /^[ \t\u3000]*(?=附)/gmu;

/**
 * The stretches of attachments after the first article, as sorted, disjoint starts and ends: each from its
 * heading line to the next article (an attachment the text sets out inside an article, 附件一 after 第二條's
 * items, ends where 第三條 begins) or to the text's end.
 */
function annexRanges(parsed: ParseResult): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  const first = parsed.articles[0];
  const folded = parsed.folded;
  if (!first) return { starts, ends };
  const articleStarts = parsed.articles.map((a) => a.spanStart);
  ATTACHMENT_LINE.lastIndex = first.spanEnd;
  for (let m = ATTACHMENT_LINE.exec(folded); m; m = ATTACHMENT_LINE.exec(folded)) {
    const from = m.index + m[0].length;
    let to = from;
    while (to < folded.length && folded.charCodeAt(to) !== 10 && folded.charCodeAt(to) !== 13) to++;
    while (to > from && /\s/u.test(folded[to - 1] as string)) to--;
    ATTACHMENT_LINE.lastIndex = Math.max(to, from + 1);
    if (classifyLine(folded, from, to).type !== 'attachment' && !ATTACHMENT_HEADING_NUMBERED.test(folded.slice(from, to))) continue;
    const next = firstAtOrAfter(articleStarts, to);
    const end = next < articleStarts.length ? (articleStarts[next] as number) : folded.length;
    const last = ends.length - 1;
    if (last >= 0 && m.index <= (ends[last] as number)) ends[last] = Math.max(ends[last] as number, end);
    else {
      starts.push(m.index);
      ends.push(end);
    }
  }
  return { starts, ends };
}
const DIGIT_WORD = /[〇○零一二三四五六七八九]/u;

/** A range's unit, 至, then a numeral written digit by digit with at least one digit not zero, then the same unit. */
const ZERO_RANGE_AFTER = /^([^\s○〇至到～~、，。；：]{0,2}?)[至到～~](?=[〇○零]*[一二三四五六七八九])[〇○零一二三四五六七八九]{2,}\1/u;
/** The same range's first end before a run: the numeral, its unit (captured, to be found after the run), 至. */
const ZERO_RANGE_BEFORE = /(?=[〇○零]*[一二三四五六七八九])[〇○零一二三四五六七八九]{2,}([^\s○〇至到～~、，。；：]{0,2})[至到～~]$/u;

/**
 * Whether the ○ run at `s[at, at + length)` is one end of a range (○○○度至一七九度, 三五九度至○○○度) whose
 * other end is a numeral written digit by digit with the same unit: there ○ is each zero of a number, 000.
 */
function zeroInRange(s: string, at: number, length: number): boolean {
  const end = at + length;
  if (ZERO_RANGE_AFTER.test(s.slice(end, end + 24))) return true;
  const before = ZERO_RANGE_BEFORE.exec(s.slice(Math.max(0, at - 24), at));
  return before !== null && s.startsWith(before[1] as string, end);
}

/**
 * 三、○○○立方公尺: three zeros after a digit and a thousands separator are the digits of a number (3,000),
 * not a blank. A digit at the start of its line is an item label (三、○○○：), whose blank it is.
 */
function thousandsGroup(s: string, at: number, length: number): boolean {
  if (!THOUSANDS_SEPARATOR.test(s[at - 1] ?? '') || !DIGIT_WORD.test(s[at - 2] ?? '')) return false;
  let i = at - 2;
  while (i > 0 && DIGIT_WORD.test(s[i - 1] as string)) i--;
  // １：２○，○○ / ○: a group cut by the line's or cell's end has the rest of its three zeros below.
  // 一○○、○○元: after a group of three that writes its zeros ○, a shorter run is more of that number's
  // zeros (one left out by a slip), not a blank.
  const group = length === 3 || (length < 3 && (cutAfter(s, at + length) || (at - 1 - i === 3 && /[○〇]/u.test(s.slice(i, at - 1)))));
  if (!group || DIGIT_WORD.test(s[at + length] ?? '')) return false;
  // │    一、○○○以下  │: a bound after the group (以下, 以上, 未滿) makes it a quantity even where its digit
  // opens a line or cell; an item's text never opens with its own blank and a bound.
  // │  三、○○○    │: a number that fills its table cell alone is the cell's figure (a fee column): an item
  // opened in a cell has text after its blank, as 三、○○○股份有限公司 does.
  return !opensLineOrCell(s, i) || BOUND_AFTER.test(s.slice(at + length, at + length + 2)) || closesCell(s, at + length);
}

/** Whether only spaces stand between `end` and a table cell's bar on its line. */
function closesCell(s: string, end: number): boolean {
  let i = end;
  while (i < s.length && /[ \t\u3000]/u.test(s[i] as string)) i++;
  return i < s.length && isBoxDrawing(s.charCodeAt(i));
}

/**
 * Whether `i` stands first on its line or in its table cell, after indentation. A digit after a space inside
 * a line (補助新臺幣 (以下同) 五、○○○元) is no item label: the space sets off what went before, and the label
 * of an item (三、○○○：) opens its line.
 */
function opensLineOrCell(s: string, i: number): boolean {
  // │一八、○○○│: a digit right after a cell's bar is a figure written across the cell, as any digit after a mark is.
  if (i > 0 && !/\s/u.test(s[i - 1] as string)) return false;
  let k = i;
  while (k > 0 && /[ \t\u3000]/u.test(s[k - 1] as string)) k--;
  return k === 0 || s[k - 1] === '\n' || s[k - 1] === '\r' || isBoxDrawing(s.charCodeAt(k - 1));
}

const BOUND_AFTER = /^(?:以[下上内內]|未[满滿达達])/u;

const THOUSANDS_SEPARATOR = /[、，,]/u;

/** Whether the text at `end` is cut by its line's or table cell's end (after spaces): a number may go on below. */
function cutAfter(s: string, end: number): boolean {
  let i = end;
  while (i < s.length && /[ \t\u3000]/u.test(s[i] as string)) i++;
  return i === s.length || s[i] === '\n' || s[i] === '\r' || isBoxDrawing(s.charCodeAt(i));
}

/** A decimal point after a digit, just before a run: 一．○○, ○．○○五; the Taiwan database writes it ‧ (一四‧○○秭赫). */
const AFTER_DECIMAL_POINT = /[〇○零一二三四五六七八九0-9０-９][．.‧]$/u;
/** A numeral and the larger unit of a sexagesimal measure before a run, and the run's own unit after it. */
const MINUTES = /[〇○零一二三四五六七八九十0-9０-９][度时時点點]$/u;
const SECONDS = /[〇○零一二三四五六七八九十0-9０-９]分$/u;
/** Blank lines a converter may put between two lines of one wrapped sentence. */
const BLANK_LINES = 2;

/**
 * Whether the ○ run at `s[at, at + length)` is zeros of a number, not a blank — ○ is how many texts write
 * the digit zero. It is when it touches a digit (二○○四年, １○○, 新台幣六○○元) or the year it numbers,
 * follows a decimal point after a digit (一．○○), stands in the thousands group of a number (三、○○○), as
 * minutes or seconds after a filled degree or hour (北緯二一度○○分), or begins its line (or table cell)
 * where the number before it was cut by the line's end (新台幣六 / ○○元; │一六○│ over │○○│). A run
 * touching none of these (○○元以上) is the blank it looks like: an amount is no number until a digit is
 * written.
 */
function zeroDigits(s: string, at: number, length: number): boolean {
  const end = at + length;
  if (ZERO_NEIGHBOUR.test(s[at - 1] ?? '') || ZERO_NEIGHBOUR.test(s[end] ?? '')) return true;
  if (thousandsGroup(s, at, length)) return true;
  const before = s.slice(Math.max(0, at - 2), at);
  if (AFTER_DECIMAL_POINT.test(before)) return true;
  if ((s[end] === '分' && MINUTES.test(before)) || (s[end] === '秒' && SECONDS.test(before))) return true;
  // │三八五│ over │、○○│: the separator of a thousands group heads the cell the number ran on into.
  const from = THOUSANDS_SEPARATOR.test(s[at - 1] ?? '') ? at - 1 : at;
  // │三五、│ over │○○○│: the group itself does, after the separator ending the cell above.
  return NUMBER_END.test(endAbove(s, from));
}

/** The end of a number a line's or cell's end cut: a digit, or a digit and a thousands separator. */
const NUMBER_END = /[〇○零一二三四五六七八九0-9０-９][、，,]?$/u;

/** When `at` heads its table cell or its line, the end of the cell or line above it; otherwise ''. */
function endAbove(s: string, at: number): string {
  const cell = cellTextAbove(s, at);
  return cell !== undefined ? cell.slice(-2) : lineEndAbove(s, at);
}

/**
 * When `at` begins its line after indentation, the last two characters of the line above (over at most
 * BLANK_LINES blank lines); otherwise ''.
 */
function lineEndAbove(s: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && /[ \t\u3000]/u.test(s[i] as string)) i--;
  if (i >= 0 && s[i] !== '\n' && s[i] !== '\r') return '';
  for (let breaks = 0; i >= 0 && /\s/u.test(s[i] as string); i--) {
    if (s[i] === '\n' && ++breaks > BLANK_LINES + 1) return '';
  }
  return s.slice(Math.max(0, i - 1), i + 1);
}

/**
 * ○○公司－○○公墓管理費專戶, ○○公債還本付息備付基金專戶: marks inside the name of an account the text
 * prescribes stand for the name each holder puts there (as 定名為○○○救護車公司 does), not for a blank of
 * the draft. The name runs on, through brackets, 、 and －, to the account word ending it.
 */
function inAccountName(s: string, from: number): boolean {
  const clause = ACCOUNT_CLAUSE.exec(s.slice(from, from + 60))?.[0] ?? '';
  const account = clause.search(ACCOUNT);
  // ××元存入专户, ××万元缴至财政专户: the account is where an amount goes, the marks are the amount's blank.
  return account >= 0 && !GOES_TO.test(clause.slice(0, account));
}

/**
 * 其他地區則稱××海圖站: marks after 稱 (is called) in a name that ends with the word of a body or unit (站, 組,
 * 中心) are the place or kind each such unit puts in its name, a naming the text sets up, not a blank.
 * Not 所稱 (本法所稱××機關, a definition whose term is the draft's own blank), nor 名稱, 簡稱, 職稱.
 */
function namedUnit(s: string, at: number, end: number): boolean {
  return NAMED_BEFORE.test(s.slice(Math.max(0, at - 3), at)) && UNIT_NAME_AFTER.test(s.slice(end, end + 12));
}

const NAMED_BEFORE = /(?<![所名简簡职職])[称稱](?:为|為)?$/u;
/** Han characters ending with a body's or unit's word, then the clause's end. */
const UNIT_NAME_AFTER = /^[\u4e00-\u9fff]{0,8}?(?:站|组|組|班|中心|处|處|队|隊|库|庫|室|所)(?=[，,。；;、）)」”\s]|$)/u;

/** The clause after a mark: up to the first mark of a clause or sentence end. */
const ACCOUNT_CLAUSE = /^[^，,。；;：:\r\n]*/u;
/** Between a mark and an account: the account as the destination of something (存入, 缴至, 转到), or a number. */
const GOES_TO = /[入至到向于於0-9０-９]/u;
/** The account word a prescribed account name ends with. */
const ACCOUNT = /(?:专户|專戶|账户|帳戶|户名|戶名)/u;
const ZERO_NEIGHBOUR = /[〇零一二三四五六七八九十百千年0-9０-９]/u;
const ZERO_BEFORE_DECIMALS = /^[．.][0-9０-９〇○零一二三四五六七八九]/u;
/** A line that prescribes wording: the marks in it are the pattern to fill in each time, not the draft's blanks. */
// 记载为 (受款人記載為存入○○銀行○○帳號○○戶者): what an entry is to read, the marks standing for each holder's
// own; not 以……记载为准 (the record prevails), which prescribes nothing.
// 图式, 图示 (來源識別碼之圖式如下：IFPI××××): the figure of a mark the text prescribes, drawn in characters.
// 图名：○○都市計畫樁位圖 (the title a map is to bear, set out under 註記): each map puts its plan's name there.
const WORDING = /规范用语|用语是|用语为|字样|样式|式样|图式|图示|格式文本|示范文本|名称应当为|名称为|定名为|格式为|格式是|记载为(?!准)|图名[：:为]/u;
/**
 * A line that ends by announcing a pattern (批准文号格式为：, 公、認證書字號如下：): the line after it, or the
 * items it leads, are that pattern. 字号 (a document's number designation) announces one, said no other way;
 * 名稱如左： (鄉鎮：○○縣○○鄉鎮後備軍人輔導中心) the names of the bodies or products the text sets up, 誓詞如左：
 * the words of an oath — each holder puts their own where the marks stand. 名稱 may wrap before 如下.
 */
const ANNOUNCES_SOURCE = `(?:${WORDING.source}|字号|名称\\s*如\\s*[下左]|誓词)[^。；]*[：:][^\\S\\r\\n]*$`;
const ANNOUNCES = new RegExp(ANNOUNCES_SOURCE, 'u');
/** The same, at the end of any line of a stretch of text. */
const ANNOUNCING_LINE = new RegExp(ANNOUNCES_SOURCE, 'gmu');
/** （××××）：年份 — a key of marks explaining the positions of a pattern, not a blank. */
const LEGEND_KEY = /^[^\S\r\n]*[（(]?(?:[×＊○□]+|[xX]+)[）)]?[：:]/u;

/**
 * Whether a mark is part of a wording the text prescribes (“××律师事务所驻××代表处”, 规范用语是：……第XX条,
 * 写明××卫生防疫机构收的字样): inside quotation marks opened on its line, or on a line that says it gives a
 * wording. Marks are asked about in text order; each line is read once, from its start up to the last mark
 * asked about (a template of thousands of marks on one line stays linear).
 */
function prescribedReader(s: string, folded: string, unitStarts: readonly number[]): (at: number) => boolean {
  let lineEnd = -1;
  let wording = false;
  let read = 0;
  let quoted = false;
  let blankLine = true;
  let unit = 0;
  let keyEnd = -1;
  return (at) => {
    if (at >= lineEnd) {
      let start = at;
      while (start > 0 && s.charCodeAt(start - 1) !== 10 && s.charCodeAt(start - 1) !== 13) start--;
      lineEnd = at;
      while (lineEnd < s.length && s.charCodeAt(lineEnd) !== 10 && s.charCodeAt(lineEnd) !== 13) lineEnd++;
      wording = WORDING.test(folded.slice(start, lineEnd)) || ANNOUNCES.test(previousLine(folded, start));
      keyEnd = start + (LEGEND_KEY.exec(s.slice(start, lineEnd))?.[0].length ?? 0);
    }
    // 冠以「 / ○○鄉鎮市 (區) 後備軍人輔導組」: a quotation runs on over the hard-wrapped lines of its paragraph or
    // item, so it is read from the text's start, once, and closed only where a unit (article, paragraph,
    // item) begins or a blank line ends a paragraph — an unclosed mark never reaches past its own.
    for (; read < at; read++) {
      while (unit < unitStarts.length && (unitStarts[unit] as number) < read) unit++;
      if (unitStarts[unit] === read) quoted = false;
      const c = s[read] as string;
      if (c === '\n' || c === '\r') {
        if (blankLine) quoted = false;
        if (c === '\n') blankLine = true;
      } else if (c === '“' || c === '「') quoted = true;
      else if (c === '”' || c === '」') quoted = false;
      else if (!/\s/u.test(c)) blankLine = false;
    }
    return wording || quoted || at < keyEnd;
  };
}

/**
 * The stretches held by the items of lists whose lead-in announces a pattern (公、認證書字號如下： then 一、…字第○○○○號),
 * as sorted, disjoint starts and ends: the lead-in's paragraph or item holds the items (parsed.holders).
 */
function announcedLists(parsed: ParseResult): { starts: number[]; ends: number[] } {
  const spans: [number, number][] = [];
  for (const h of parsed.holders) {
    const first = h.children[0];
    if (first && ANNOUNCES.test(parsed.folded.slice(h.textStart, h.textEnd))) spans.push([first.spanStart, h.spanEnd]);
  }
  // 其誓詞如左：○○○誓以至誠……謹誓。中華民國年月日宣誓人○○○: a pattern laid out in the article's own lines
  // (not as its items) runs on over several lines and paragraphs, to the article's end; the line after the
  // announcement alone would leave the signature line of the pattern a blank.
  for (const a of parsed.articles) {
    ANNOUNCING_LINE.lastIndex = 0;
    const m = ANNOUNCING_LINE.exec(parsed.folded.slice(a.spanStart, a.spanEnd));
    if (m) spans.push([a.spanStart + m.index + m[0].length, a.spanEnd]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [start, end] of spans) {
    const last = ends.length - 1;
    if (last >= 0 && start <= (ends[last] as number)) ends[last] = Math.max(ends[last] as number, end);
    else {
      starts.push(start);
      ends.push(end);
    }
  }
  return { starts, ends };
}

/**
 * 封面記明下列事項： (載明, 註明 …事項) lists what a document is to show. A date written all in marks in its items
 * (四、踏勘日期。中華民國○○年○○月○○日開始) is the form that entry takes on each document, not a blank of the
 * text; any other mark there is (一、申請人之名稱○○○○。 — a name the draft left out), as the lead-in
 * announces entries, not their wording.
 */
const ENTRY_LIST = /[记载注註标写填]明[^。；]*事项[^。；]*[：:][^\S\r\n]*$/u;
const MARK_DATE = /[×＊○〇□]{1,4}年[×＊○〇□]{1,2}月[×＊○〇□]{1,2}日/gu;

/** The blank dates (MARK_DATE) in the items of entry lists (ENTRY_LIST), as sorted, disjoint starts and ends. */
function entryDates(parsed: ParseResult): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const h of parsed.holders) {
    const first = h.children[0];
    if (!first || !ENTRY_LIST.test(parsed.folded.slice(h.textStart, h.textEnd))) continue;
    const items = parsed.source.slice(first.spanStart, h.spanEnd);
    for (const m of items.matchAll(MARK_DATE)) {
      const start = first.spanStart + (m.index ?? 0);
      if (ends.length > 0 && start < (ends[ends.length - 1] as number)) continue;
      starts.push(start);
      ends.push(start + m[0].length);
    }
  }
  return { starts, ends };
}

/** The last line before the one at `lineStart` that holds more than spaces ('' when there is none). */
function previousLine(s: string, lineStart: number): string {
  let end = lineStart;
  while (end > 0 && /\s/u.test(s[end - 1] as string)) end--;
  let start = end;
  while (start > 0 && s.charCodeAt(start - 1) !== 10 && s.charCodeAt(start - 1) !== 13) start--;
  return s.slice(start, end);
}

function hanAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * Which kind of instrument a text is (法律, 行政法规, 地方性法规, 规章 …): the legality checks apply the rules of
 * the instrument's own level. Read from the issuing body the 题注 or the 公布 line names and the place the
 * title names; a setting overrides it. A text whose kind cannot be told gets no legality findings.
 */
import { documentTitle } from '../parse/nodes';
import type { ParseResult } from '../parse/parse';
import type { InstrumentType } from '../types';
import { placeOf } from './places';

export type { InstrumentType };

export interface Instrument {
  type: InstrumentType;
  /** The province-level unit the title names (上海, 山东), for the fine caps its people's congress set. */
  province?: string;
  /**
   * The text governs criminal procedure (公安机关办理刑事案件程序规定): its 查封、扣押 and 拘留 are measures of
   * the 刑事诉讼法, not administrative penalties or coercion.
   */
  criminal: boolean;
  /** When the text as it stands was made (YYYY-MM-DD), read from the front matter; undefined when it names no date. */
  made?: string;
}

/** The 规章: made by a government or a ministry, not by a people's congress. */
export function isRule(t: InstrumentType): boolean {
  return t === 'departmentalRule' || t === 'provincialRule' || t === 'cityRule';
}

export function isLocalRegulation(t: InstrumentType): boolean {
  return t === 'provincialRegulation' || t === 'cityRegulation';
}

/** How far the front matter is read for the issuing body: a 题注 is a few lines, never the body. */
const FRONT_LIMIT = 1500;
/** A congress's session as the 题注 names it (…人民代表大会常务委员会第八次会议通过): not a mention of one in the text. */
const NATIONAL_CONGRESS = /全国人民代表大会(?:常务委员会)?第[一二三四五六七八九十]+次/u;
const CONGRESS = /人民代表大会(?:常务委员会)?第[一二三四五六七八九十]+次|人大常委会第[一二三四五六七八九十]+次/u;
/** 国务院令, 国务院、中央军事委员会令, and the older 国务院批准 … 部发布 of a 行政法规 a ministry published. */
const STATE_COUNCIL = /国务院(?:、[^。\n]{1,20}?)?令|国务院(?:公布|发布|批准)/u;
const GOVERNMENT = /人民政府令|人民政府(?:第[^。\n]{1,12}次)?常务会议(?:通过|审议通过)/u;
/** A ministry's or commission's order: 公安部令, 国家发展和改革委员会令, 国家市场监督管理总局令, 中国人民银行令. */
const MINISTRY = /(?:部|委员会|总局|局|署|银行)令/u;

/**
 * The instrument a text is, or undefined when it cannot be told (and for Taiwan texts, which the PRC
 * hierarchy does not govern). `setting` is the `instrumentType` setting: anything but `auto` wins over
 * the text.
 */
export function detectInstrument(parsed: ParseResult, setting: InstrumentType | 'auto' = 'auto'): Instrument | undefined {
  if (parsed.jurisdiction === 'tw') return undefined;
  const title = documentTitle(parsed).replace(/\s/gu, '');
  const place = placeOf(title);
  const criminal = title.includes('刑事');
  const first = parsed.articles[0];
  const front = parsed.folded.slice(parsed.title?.span.end ?? 0, Math.min(first ? first.spanStart : parsed.folded.length, FRONT_LIMIT));
  const made = madeOn(front);
  if (setting !== 'auto') return { type: setting, province: place?.province, criminal, made };
  const type = fromBody(front, title, place) ?? fromTitle(title, place);
  return type ? { type, province: place?.province, criminal, made } : undefined;
}

/** A date in Arabic numerals, half- or full-width (2001年3月13日, ２０１２年１２月３日). */
const DATE = /([0-9０-９]{4})[\s\u3000]*年[\s\u3000]*([0-9０-９]{1,2})[\s\u3000]*月[\s\u3000]*([0-9０-９]{1,2})[\s\u3000]*日/u;

/**
 * When the text as it stands was made: its first date (公布, 发布, 通过), or the last 修订 by an order (国务院令第696号修订),
 * which promulgates the whole text anew. A 修订 or 修正 by a decision (《国务院关于修改…的决定》) changes some articles only.
 */
function madeOn(front: string): string | undefined {
  let made: string | undefined;
  for (const line of front.split('\n')) {
    const m = DATE.exec(line);
    if (m && (made === undefined || (line.includes('修订') && !line.includes('决定')))) made = isoDate(m);
  }
  return made;
}

function isoDate(m: RegExpExecArray): string {
  const digits = (d: string | undefined) => (d ?? '').replace(/[０-９]/gu, (c) => String(c.charCodeAt(0) - 0xff10)).padStart(2, '0');
  return `${digits(m[1])}-${digits(m[2])}-${digits(m[3])}`;
}

function fromBody(front: string, title: string, place: ReturnType<typeof placeOf>): InstrumentType | undefined {
  if (NATIONAL_CONGRESS.test(front)) return 'law';
  if (STATE_COUNCIL.test(front)) return 'administrativeRegulation';
  if (GOVERNMENT.test(front)) return place ? (place.city ? 'cityRule' : 'provincialRule') : undefined;
  if (CONGRESS.test(front)) return place ? (place.city ? 'cityRegulation' : 'provincialRegulation') : undefined;
  if (MINISTRY.test(front)) return place ? undefined : 'departmentalRule';
  return /^中华人民共和国/u.test(title) && /法$/u.test(title) ? 'law' : undefined;
}

/**
 * Without an issuing body only a place's 条例 says its level: a 地方性法规 (a 规章 may not be so named). A
 * national 条例 may be a 行政法规 or a draft that names itself so (示例条例): left unknown.
 */
function fromTitle(title: string, place: ReturnType<typeof placeOf>): InstrumentType | undefined {
  if (!place || !/条例$/u.test(title.replace(/[（(][^）)]*[）)]$/u, ''))) return undefined;
  return place.city ? 'cityRegulation' : 'provincialRegulation';
}

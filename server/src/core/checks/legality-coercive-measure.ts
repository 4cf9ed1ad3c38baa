/**
 * legality.coercive-measure — an administrative coercive measure a text may not set: a 地方性法规 only
 * 查封 and 扣押 (so 冻结, 强制隔离 …), a 规章 none at all. A sentence that applies a superior law
 * (依法查封, 依照《…》) does not set it; 不得查封 or 解除扣押 sets nothing.
 */
import { articleBasis, clauses, quote } from '../legality/clauses';
import { detectInstrument, isLocalRegulation, isRule } from '../legality/instrument';
import { LOCAL_COERCION, RULE_COERCION } from '../legality/sources';
import type { Check } from './types';

const NOT_SETTING = '(?<!(?:不得|禁止|擅自|非法|解除|被)(?:临时)?)';
const NOT_SET_BEFORE_LIST = /(?:不得|禁止|擅自|非法|解除|被)(?:临时)?$/u;
/** 扣留 of a vehicle or goods is 扣押 by another name; 扣留 of a certificate (证书, 执照) is the penalty 暂扣. */
const BEYOND_LOCAL = new RegExp(`${NOT_SETTING}(?:冻结|强制隔离|强制带离)`, 'gu');
const ANY = new RegExp(`${NOT_SETTING}(?:查封|扣押|冻结|扣留(?![^。；，、\\n]{0,8}?(?:证|执照))|强制隔离|强制带离)`, 'gu');

const FORBIDS = /不得|禁止|严禁/u;
/**
 * A measure is set where an authority may or shall take it (可以查封, 应当采取冻结, 予以扣押, 作出强制隔离戒毒的决定):
 * one of these before it in its clause, or in a lead-in that takes the measures it lists. Without one the clause only speaks of a
 * measure: its time limit, its storage, a case where it does not apply (扣押期限为三十日, 鉴定期间不计入扣押期间).
 */
const TAKES = /可以|应当|有权|必须|须|予以|作出|责令|采取/u;
/** A lead-in that takes the measures its items list (有权采取下列措施：), not one listing a document's contents. */
const TAKES_LISTED = /下列[^，。；：]{0,8}?措施/u;
/**
 * The measure names a place, a person or a body (强制隔离戒毒场所, 强制隔离戒毒的吸毒人员, 强制隔离戒毒决定机关,
 * 查封期限): a modifier of that noun, not a measure taken.
 */
const NAMES = /^(?:戒毒)?(?:的[^，。；、\n]{0,8}?)?(?:场所|所|人员|决定机关|期限|期间)/u;
/** The measures a coordinated list may name alongside the keyword (查封、扣押; 查封或者扣押). */
const MEASURE = '(?:查封|扣押|冻结|扣留|强制隔离|强制带离)';
const AND = '(?:、|或者|或|和|及)';
/**
 * The keyword, alone or in a list, modifies a noun that speaks of a measure set elsewhere: the measure itself as a
 * thing (采取查封、扣押措施后; 对…作出的查封、扣押财产等行政强制措施不服的), its papers (查封、扣押决定书, 协助扣押通知书,
 * 作出冻结决定之日, 作出查封决定的机构), or an entry in a register (注销查封登记; 不动产查封、抵押、预告登记等状况).
 */
/** What the measure is taken on, between it and the noun (冻结存款通知书, 扣押财产等行政强制措施); never 等, so 扣留等必要措施 stays a list the clause takes. */
const OBJECT = '[^，。；：、等\\n]{0,4}?';
const SPOKEN_OF = new RegExp(
  `^(?:${AND}${MEASURE})*${OBJECT}(?:等(?:行政)?(?:强制)?)?措施|^(?:${AND}${MEASURE})*${OBJECT}(?:决定书|通知书|清单|决定之日|决定的[^，。；、\\n]{0,10}?(?:机关|机构|部门)|登记)|^(?:、[^、，。；：\\n]{1,6}?)*等?状况`,
  'u',
);
/** The measures listed before the keyword (解除查封、扣押): a 解除 or 不得 before the list governs each of them. */
const LISTED_BEFORE = new RegExp(`(?:${MEASURE}${AND})+$`, 'u');

/** Lifting or ending a measure (应当解除查封、暂扣措施, 解除冻结): it sets none. */
const LIFTS = /(?:解除|终止)[^，。；\n]{0,6}?(?:查封|扣押|冻结|扣留|暂扣|强制|措施)/u;

/**
 * The keyword names the case in which a measure is lifted (不再需要采取查封、暂扣措施的，应当解除查封、暂扣措施):
 * its clause is the condition (…的，) of a sentence that goes on to lift or end a measure, and sets nothing.
 */
function liftedOnCondition(folded: string, at: number, sentenceEnd: number): boolean {
  const after = folded.slice(at, sentenceEnd);
  const comma = after.search(/[，,]/u);
  return comma > 0 && after[comma - 1] === '的' && LIFTS.test(after.slice(comma + 1));
}

export const coerciveMeasure: Check = {
  id: 'legality.coercive-measure',
  title: { zh: '设定无权设定的行政强制措施', en: 'Coercive measure the text may not set' },
  defaultSeverity: 'hint',
  run({ parsed, prose, options }, report) {
    const instrument = detectInstrument(parsed, options.instrumentType);
    if (!instrument || instrument.criminal) return;
    const local = isLocalRegulation(instrument.type);
    if (!local && !isRule(instrument.type)) return;
    const folded = parsed.folded;
    for (const c of clauses(prose, local ? BEYOND_LOCAL : ANY)) {
      // 严禁…查封 forbids it; 采取冻结措施后 speaks of a measure another law sets.
      if (c.basis || c.subject || FORBIDS.test(folded.slice(c.sentence.start, c.at))) continue;
      const end = c.at + c.m[0].length;
      if (NAMES.test(folded.slice(end, end + 16)) || SPOKEN_OF.test(folded.slice(end, end + 40))) continue;
      const before = folded.slice(c.sentence.start, c.at);
      const listed = before.match(LISTED_BEFORE);
      if (listed && NOT_SET_BEFORE_LIST.test(before.slice(0, before.length - listed[0].length))) continue;
      if (articleBasis(parsed, c.at, new RegExp(MEASURE, 'u'))) continue;
      if (liftedOnCondition(folded, c.at, c.sentence.end)) continue;
      const clause = folded.slice(c.sentence.start, c.at);
      if (!TAKES.test(clause.slice(Math.max(clause.lastIndexOf('，'), clause.lastIndexOf('：')) + 1)) && !(TAKES.test(c.leadIn) && TAKES_LISTED.test(c.leadIn))) continue;
      const words = quote(parsed.source, c);
      report({
        span: { start: c.at, end: c.at + c.m[0].length },
        message: local
          ? { zh: `“${words}”：地方性法规只能设定查封、扣押，“${c.m[0]}”须有法律、行政法规的依据，请写明。${LOCAL_COERCION.zh}`, en: `“${words}”: a local regulation may set only sealing up and seizure; “${c.m[0]}” needs a law or administrative regulation, named. ${LOCAL_COERCION.en}` }
          : { zh: `“${words}”：规章不得设定行政强制措施，“${c.m[0]}”须有法律、法规的依据，请写明。${RULE_COERCION.zh}`, en: `“${words}”: a rule may not set coercive measures; “${c.m[0]}” needs a law or regulation, named. ${RULE_COERCION.en}` },
      });
    }
  },
};

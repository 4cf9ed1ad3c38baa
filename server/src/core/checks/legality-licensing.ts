/**
 * legality.licensing — a 部门规章 or a 设区的市 政府规章 whose words set an administrative licence (应当经…批准,
 * 未经…许可不得, 须取得…许可证 …). Only a 法律, a 行政法规, a 地方性法规 and (temporarily) a 省级 政府规章 may set
 * one; a sentence that applies a superior law (依照《…》, 依法取得) restates a licence set elsewhere.
 */
import { clauses, quote } from '../legality/clauses';
import { detectInstrument } from '../legality/instrument';
import { LICENSING } from '../legality/sources';
import type { Check } from './types';

const SETS_LICENCE = /应当(?:报)?经[^。；，\n]{1,20}?(?:批准|许可)|未经[^。；，\n]{1,20}?(?:批准|许可)[，,]?(?:不得|任何)|(?:须|应当|必须)取得[^。；，\n]{0,16}?许可证|实行[^。；，\n]{0,16}?许可(?:证)?制度/gu;

/**
 * Not a licence to the public: a sign-off inside the organ (经办案部门负责人批准) or by the organ that decided a
 * measure against the person (未经决定机关批准不得离开所居住的市、县).
 */
const INTERNAL = /(?:负责人|决定机关)(?:批准|许可)/u;
/** Consent from a body that is no administrative organ (供暖管理单位, 燃气企业): an administrative licence is an organ's. */
const NOT_ORGAN = /(?:单位|企业|公司)(?:批准|许可)/u;
/**
 * The approval qualifies a noun (经船舶检验机构按照交通运输部批准或者认可的规范进行检验; 含有应当经过行政许可方可经营的项目):
 * it names approved rules or licensed business, and sets no licence of its own.
 */
const ATTRIBUTIVE = /^[^，。；：\n]{0,12}?的(?![，,])/u;
/** The sentence is about a person under a measure (被限制活动范围的外国人，…未经公安机关批准，不得离开…). */
const UNDER_MEASURE = /^[\s\u3000]*(?:第[一二三四五六七八九十百千零〇0-9]+条[\s\u3000]*)?被/u;
/**
 * The first article makes the rule under a named law or regulation (根据《医疗器械监督管理条例》…，制定本办法):
 * a rule may specify how a licence its superior law sets is carried out (行政许可法第十六条第三款), and the text
 * cannot tell such a licence from a new one.
 */
const UNDER_NAMED = /(?:根据|依据|依照)[^。]{0,40}?《[^》]{1,40}(?:法|条例)》/u;

export const licensing: Check = {
  id: 'legality.licensing',
  title: { zh: '无权设定行政许可的规章设定许可', en: 'Licence set by a rule that may not set one' },
  defaultSeverity: 'hint',
  run({ parsed, prose, options }, report) {
    const instrument = detectInstrument(parsed, options.instrumentType);
    if (!instrument || instrument.criminal || (instrument.type !== 'departmentalRule' && instrument.type !== 'cityRule')) return;
    const who = instrument.type === 'departmentalRule' ? { zh: '部门规章', en: 'a departmental rule' } : { zh: '设区的市人民政府规章', en: "a city government's rule" };
    const first = parsed.articles[0];
    if (first && UNDER_NAMED.test(parsed.folded.slice(first.spanStart, first.spanEnd))) return;
    for (const c of clauses(prose, SETS_LICENCE)) {
      if (c.basis || INTERNAL.test(c.m[0]) || NOT_ORGAN.test(c.m[0]) || UNDER_MEASURE.test(parsed.folded.slice(c.sentence.start, c.at))) continue;
      if (ATTRIBUTIVE.test(parsed.folded.slice(c.at + c.m[0].length, c.sentence.end))) continue;
      report({
        span: { start: c.at, end: c.at + c.m[0].length },
        message: {
          zh: `“${quote(parsed.source, c)}”似设定行政许可，而${who.zh}不得设定行政许可；如该许可由上位法设定，请写明依据。${LICENSING.zh}`,
          en: `“${quote(parsed.source, c)}” seems to set an administrative licence, which ${who.en} may not do; if a superior law sets it, name it. ${LICENSING.en}`,
        },
      });
    }
  },
};

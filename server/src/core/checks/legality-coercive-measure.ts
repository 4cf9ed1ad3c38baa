/**
 * legality.coercive-measure — an administrative coercive measure a text may not set: a 地方性法规 only
 * 查封 and 扣押 (so 冻结, 强制隔离 …), a 规章 none at all. A sentence that applies a superior law
 * (依法查封, 依照《…》) does not set it; 不得查封 or 解除扣押 sets nothing.
 */
import { clauses, quote } from '../legality/clauses';
import { detectInstrument, isLocalRegulation, isRule } from '../legality/instrument';
import { LOCAL_COERCION, RULE_COERCION } from '../legality/sources';
import type { Check } from './types';

const NOT_SETTING = '(?<!不得|禁止|擅自|非法|解除|被|予以解除)';
/** 扣留 of a vehicle or goods is 扣押 by another name; 扣留 of a certificate (证书, 执照) is the penalty 暂扣. */
const BEYOND_LOCAL = new RegExp(`${NOT_SETTING}(?:冻结|强制隔离|强制带离)`, 'gu');
const ANY = new RegExp(`${NOT_SETTING}(?:查封|扣押|冻结|扣留(?![^。；，、\\n]{0,8}?(?:证|执照))|强制隔离|强制带离)`, 'gu');

const FORBIDS = /不得|禁止|严禁/u;

export const coerciveMeasure: Check = {
  id: 'legality.coercive-measure',
  title: { zh: '设定无权设定的行政强制措施', en: 'Coercive measure the text may not set' },
  defaultSeverity: 'warning',
  run({ parsed, prose, options }, report) {
    const instrument = detectInstrument(parsed, options.instrumentType);
    if (!instrument || instrument.criminal) return;
    const local = isLocalRegulation(instrument.type);
    if (!local && !isRule(instrument.type)) return;
    for (const c of clauses(prose, local ? BEYOND_LOCAL : ANY)) {
      // 严禁…查封 forbids it; 采取冻结措施后 speaks of a measure another law sets.
      if (c.basis || FORBIDS.test(parsed.folded.slice(c.sentence.start, c.at)) || parsed.folded.startsWith('措施', c.at + c.m[0].length)) continue;
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

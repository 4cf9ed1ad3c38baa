/**
 * legality.penalty-kind — a 规章 that itself provides a penalty beyond 警告、通报批评 and 罚款 (没收, 暂扣,
 * 吊销, 责令停产停业 …). Where a 法律 or 法规 already penalizes the conduct the 规章 may only specify within
 * it, so a sentence that applies one (依照《…》, 依法) is left alone.
 */
import { clauses, onConduct, quote } from '../legality/clauses';
import { detectInstrument } from '../legality/instrument';
import { DEPARTMENTAL_PENALTIES, GOVERNMENT_PENALTIES } from '../legality/sources';
import type { Check } from './types';

/** The kinds of 行政处罚法 第九条 beyond its first item and 罚款; a thing 被吊销 is a subject, not a sanction. */
const KINDS = /没收违法所得|没收非法财物|(?<!被)暂扣[^。；，\n]{0,8}?(?:许可证|执照|证件|证照|证书)|降低资质等级|(?<!被)吊销[^。；，\n]{0,8}?(?:许可证|执照|证书|资质|资格)|责令停产停业|责令关闭|限制开展生产经营活动|限制从业/gu;

export const penaltyKind: Check = {
  id: 'legality.penalty-kind',
  title: { zh: '规章设定警告、通报批评、罚款以外的处罚', en: 'Rule sets a penalty beyond warning, criticism or fine' },
  defaultSeverity: 'information',
  run({ parsed, prose, options }, report) {
    const instrument = detectInstrument(parsed, options.instrumentType);
    if (!instrument || instrument.criminal) return;
    const source = instrument.type === 'departmentalRule' ? DEPARTMENTAL_PENALTIES : instrument.type === 'provincialRule' || instrument.type === 'cityRule' ? GOVERNMENT_PENALTIES : undefined;
    if (!source) return;
    for (const c of clauses(prose, KINDS)) {
      if (c.basis || c.subject || !onConduct(parsed.folded, c)) continue;
      report({
        span: { start: c.at, end: c.at + c.m[0].length },
        message: {
          zh: `“${quote(parsed.source, c)}”：规章在上位法之外只能设定警告、通报批评或者一定数额罚款，“${c.m[0]}”须有法律、法规的依据，请写明。${source.zh}`,
          en: `“${quote(parsed.source, c)}”: without a superior law a rule may set only warnings, circulated criticism or fines; “${c.m[0]}” needs the law or regulation it applies, named. ${source.en}`,
        },
      });
    }
  },
};

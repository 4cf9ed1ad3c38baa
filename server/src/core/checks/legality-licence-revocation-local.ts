/**
 * legality.licence-revocation-local — a 地方性法规 that itself provides 吊销营业执照. A company 被吊销营业执照的
 * is a subject, not a sanction; a sentence that applies a superior law (依法吊销, 依照《…》) does not set it.
 */
import { clauses, quote } from '../legality/clauses';
import { detectInstrument, isLocalRegulation } from '../legality/instrument';
import { LOCAL_PENALTIES } from '../legality/sources';
import type { Check } from './types';

/** 被/已被吊销营业执照: the company's state; 提请/建议…吊销: asking the body that may revoke. */
const REVOKES = /(?<!被|提请|建议|通知|告知|抄告)吊销(?:其|企业的?|个体工商户的?)?营业执照/gu;
const ASKS = /提请|建议|通报|抄告|告知|通知|移送/u;

export const licenceRevocationLocal: Check = {
  id: 'legality.licence-revocation-local',
  title: { zh: '地方性法规设定吊销营业执照', en: 'Business licence revocation set by a local regulation' },
  defaultSeverity: 'warning',
  run({ parsed, prose, options }, report) {
    const instrument = detectInstrument(parsed, options.instrumentType);
    if (!instrument || !isLocalRegulation(instrument.type)) return;
    for (const c of clauses(prose, REVOKES)) {
      if (c.basis || c.subject || ASKS.test(parsed.folded.slice(c.sentence.start, c.at))) continue;
      report({
        span: { start: c.at, end: c.at + c.m[0].length },
        message: {
          zh: `“${quote(parsed.source, c)}”由地方性法规设定吊销营业执照，又未写明依照的法律、行政法规。${LOCAL_PENALTIES.zh}`,
          en: `“${quote(parsed.source, c)}”: a local regulation sets the revocation of a business licence without naming the law or administrative regulation it applies. ${LOCAL_PENALTIES.en}`,
        },
      });
    }
  },
};

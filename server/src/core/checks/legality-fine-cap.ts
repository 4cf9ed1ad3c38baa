/**
 * legality.fine-cap — a 规章 fine above the cap set for 规章 without a superior law: the province's for a
 * 政府规章 (the `fineCaps` setting, four provinces built in), the setting's `部门规章` entry for a 部门规章 (no
 * built-in value). A fine above the general cap but within the raised one is information (allowed in the
 * domains the province names); above the raised cap, a warning.
 */
import { clauses, quote } from '../legality/clauses';
import { CAP_SOURCES, FINE_UPPER, PROVINCE_CAPS, yuan, yuanText } from '../legality/fines';
import { detectInstrument } from '../legality/instrument';
import { DEPARTMENTAL_PENALTIES, GOVERNMENT_PENALTIES } from '../legality/sources';
import type { Check } from './types';

export const fineCap: Check = {
  id: 'legality.fine-cap',
  title: { zh: '规章罚款超过限额', en: 'Rule fine above the cap' },
  defaultSeverity: 'warning',
  run({ parsed, prose, options }, report) {
    const instrument = detectInstrument(parsed, options.instrumentType);
    if (!instrument) return;
    const caps = { ...PROVINCE_CAPS, ...options.fineCaps };
    const departmental = instrument.type === 'departmentalRule';
    if (!departmental && instrument.type !== 'provincialRule' && instrument.type !== 'cityRule') return;
    const key = departmental ? '部门规章' : instrument.province;
    const cap = key === undefined ? undefined : caps[key];
    const general = cap?.[0];
    if (general === undefined) return;
    const raised = cap?.[1] ?? general;
    const law = departmental ? DEPARTMENTAL_PENALTIES : GOVERNMENT_PENALTIES;
    const where = key && !departmental && CAP_SOURCES[key] && !options.fineCaps?.[key] ? `（${CAP_SOURCES[key]}）` : '';
    for (const c of clauses(prose, FINE_UPPER)) {
      const upper = yuan(c.m[1] ?? '', c.m[2]);
      if (c.basis || upper === undefined || upper <= general) continue;
      const above = upper > raised;
      report({
        span: { start: c.at, end: c.at + c.m[0].length },
        severity: above ? undefined : 'information',
        message: {
          zh: above
            ? `“${quote(parsed.source, c)}”：罚款上限${yuanText(upper)}超过${key}规章设定罚款的限额${yuanText(raised)}${where}，又未写明依照的法律、法规。${law.zh}`
            : `“${quote(parsed.source, c)}”：罚款上限${yuanText(upper)}超过${key}规章设定罚款的一般限额${yuanText(general)}${where}，只在限额规定所列领域可至${yuanText(raised)}，请核对。${law.zh}`,
          en: above
            ? `“${quote(parsed.source, c)}”: the fine of up to ${upper} yuan is above the cap of ${raised} yuan for rules (${key}) and names no law or regulation it applies. ${law.en}`
            : `“${quote(parsed.source, c)}”: the fine of up to ${upper} yuan is above the general cap of ${general} yuan for rules (${key}); up to ${raised} yuan is allowed only in the domains the cap regulation names. ${law.en}`,
        },
      });
    }
  },
};

/** numbering.numeral-form — labels written in the canonical Chinese numeral (第十条, 第一百零一条, 第一百一十条). */
import { toChineseNumeral } from '../text/numerals';
import type { StructureNode } from '../types';
import { labelZh, unitZh } from './labels';
import type { Check } from './types';
import { numeralSpanOf } from '../parse/nodes';

export const numeralForm: Check = {
  id: 'numbering.numeral-form',
  title: { zh: '序号应使用规范的中文数字', en: 'Labels use canonical Chinese numerals' },
  defaultSeverity: 'warning',
  fix: { kind: 'canonical', applicability: 'confirm' },
  run({ parsed, scopes }, report) {
    const j = parsed.jurisdiction;
    const check = (n: StructureNode): void => {
      // Beyond 9,999 there is no canonical Chinese form to suggest (toChineseNumeral writes digits).
      if (n.number <= 0 || n.number > 9999 || n.numeral === '') return;
      const canonical = toChineseNumeral(n.number, j);
      const unit = unitZh(n.kind);
      if (n.numeralStyle === 'arabic') {
        if (j === 'tw') return; // Taiwan database display (第 15 條) is accepted
        report({
          span: numeralSpanOf(n),
          message:
            n.kind === 'item'
              ? { zh: `项的序号用中文数字加括号：应写作“（${canonical}）”`, en: `Items are numbered with Chinese numerals in brackets: write （${canonical}）` }
              : { zh: `${unit}的序号用中文数字：应写作“${labelZh(n.kind, n.number, j)}”`, en: `Use Chinese numerals for ${n.kind} labels: write ${labelZh(n.kind, n.number, j)}` },
          data: { canonical },
        });
        return;
      }
      // Taiwan text may also write the PRC form (一百一十 for 一百十).
      const acceptable = n.numeral === canonical || (j === 'tw' && n.numeral === toChineseNumeral(n.number, 'prc'));
      if (n.numeralStyle === 'financial' || !acceptable) {
        // Items are labelled （一） in PRC text and 一、 in Taiwan's (一○、 for 十、).
        const shown = n.kind !== 'item' ? labelZh(n.kind, n.number, j) : j === 'tw' ? `${canonical}、` : `（${canonical}）`;
        report({
          span: numeralSpanOf(n),
          message: { zh: `序号写法不规范：应写作“${shown}”`, en: `Non-canonical numeral “${n.numeral}”: write ${shown}` },
          data: { canonical },
        });
      }
    };
    // The labelled units from the flat lists the parse and the numbering scopes keep (divisions, articles,
    // each paragraph's items), not a walk of the tree: on a large code a walk reads tens of thousands of
    // scattered nodes, most of them paragraphs without a label. Findings are sorted after the checks.
    for (const d of parsed.divisions) check(d);
    for (const a of parsed.articles) check(a);
    for (const list of scopes.items) for (const it of list) check(it);
  },
};

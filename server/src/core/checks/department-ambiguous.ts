/** department.ambiguous: a name that may be one department or two (X和Y部门). */
import type { Check } from './types';

export const departmentAmbiguous: Check = {
  id: 'department.ambiguous',
  title: { zh: '无法判断是一个部门还是两个部门', en: 'One department or two?' },
  defaultSeverity: 'information',
  run({ departments }, report) {
    const seen = new Set<string>();
    for (const m of departments.mentions) {
      if (!m.ambiguous || m.generic || seen.has(m.core)) continue;
      seen.add(m.core);
      const parts = m.core.split('和');
      report({
        span: { start: m.start, end: m.end },
        message: { zh: `无法判断“${m.core}”是一个部门还是两个部门`, en: `Cannot tell whether “${m.core}” is one department or two` },
        data: { department: m.core },
        suggestions: [
          { title: { zh: '视为一个部门（写入 .lexdraft.json）', en: 'One department (in .lexdraft.json)' }, config: { path: 'departments.lexicon', value: m.core } },
          { title: { zh: `视为两个部门：${parts.map((p) => `“${p}”`).join('、')}（写入 .lexdraft.json）`, en: `Two departments: ${parts.join(', ')} (in .lexdraft.json)` }, config: { path: 'departments.lexicon', value: parts } },
        ],
      });
    }
  },
};

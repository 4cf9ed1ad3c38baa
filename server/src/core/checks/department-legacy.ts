/** department.legacy: a department named as it was before the 2018 reform. */
import type { Check } from './types';

export const departmentLegacy: Check = {
  id: 'department.legacy',
  title: { zh: '机构改革前的部门名称', en: 'Department name from before the 2018 reform' },
  defaultSeverity: 'warning',
  run({ departments: t }, report) {
    if (!t.legacyActive) return;
    for (const m of t.mentions) {
      if (m.generic || m.cls !== 'legacy') continue;
      // The responsibilities article's form, unless that form is itself a legacy name (then the current one).
      // (By the alias table's id: a legacy name listed beside the current one is a department of its own.)
      const target = m.entry?.canonical ?? m.canonical;
      const declared = t.declared.get(target);
      const now = declared && declared.cls !== 'legacy' ? declared.core : target;
      report({
        span: { start: m.start, end: m.end },
        message: { zh: `机构改革后该部门名称已调整（${m.core}→${now}）`, en: `The department was renamed in the 2018 reform (${m.core} → ${now})` },
        data: { department: m.core, canonical: m.canonical },
        suggestions: [
          { title: { zh: `改为“${now}”`, en: `Write “${now}”` }, edits: [{ span: { start: m.start, end: m.end }, newText: now }] },
          { title: { zh: '本文件不检查旧部门名称（写入 .lexdraft.json）', en: 'Do not check legacy names here (in .lexdraft.json)' }, config: { path: 'departments.legacyNames', value: 'off' } },
        ],
      });
    }
  },
};

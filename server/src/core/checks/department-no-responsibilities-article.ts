/** department.no-responsibilities-article: duties given to departments, but no responsibilities article found. */
import type { Check } from './types';

export const departmentNoRespArticle: Check = {
  id: 'department.no-responsibilities-article',
  title: { zh: '未识别到部门职责条款', en: 'No responsibilities article found' },
  defaultSeverity: 'hint',
  run({ departments: t }, report) {
    if (t.respArticles.length > 0 || t.assignedOtherwise) return;
    // (A hand-off to the police names a department too.)
    const specific = t.mentions.filter((m) => (!m.generic || m.handoff) && m.entry);
    const first = specific[0];
    if (!first || new Set(specific.map((m) => m.canonical)).size < 2) return;
    report({
      span: { start: first.start, end: first.end },
      message: {
        zh: t.configured
          ? '设置中指定的职责条款不存在，部门检查已跳过'
          : `正文规定了${new Set(specific.map((m) => m.canonical)).size}个部门的职责，但未识别到部门职责条款；部门检查已跳过，可在设置 departments.responsibilitiesArticles 中指定`,
        en: t.configured
          ? 'The configured responsibilities articles do not exist; department checks are skipped'
          : `The text gives duties to ${new Set(specific.map((m) => m.canonical)).size} departments but no responsibilities article was found; department checks are skipped (set departments.responsibilitiesArticles)`,
      },
    });
  },
};

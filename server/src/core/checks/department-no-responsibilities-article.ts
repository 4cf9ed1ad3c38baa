/** department.no-responsibilities-article: duties given to departments, but no responsibilities article found. */
import type { Check } from './types';

export const departmentNoRespArticle: Check = {
  id: 'department.no-responsibilities-article',
  title: { zh: '未识别到部门职责条款', en: 'No responsibilities article found' },
  defaultSeverity: 'hint',
  run({ departments: t, parsed }, report) {
    // (The message says what the checker knows: no article of the forms it reads, not that the text has none —
    // readers found one in forms it does not read, and the user can point the other checks at it.)
    if (t.respArticles.length > 0 || t.assignedOtherwise) return;
    // Taiwan acts name their authority in a 主管機關 article and let each agency act in its own article; a
    // division of duties in the PRC form is not expected, and readers found the hint of no use on every Taiwan
    // text it fired on (0 right of 12 labelled, issue #21). A configured article that does not exist still says so.
    if (parsed.jurisdiction === 'tw' && !t.configured) return;
    // (A hand-off to the police names a department too.)
    const specific = t.mentions.filter((m) => (!m.generic || m.handoff) && m.entry);
    const first = specific[0];
    if (!first || new Set(specific.map((m) => m.canonical)).size < 2) return;
    report({
      span: { start: first.start, end: first.end },
      message: {
        zh: t.configured
          ? '设置中指定的职责条款不存在，部门检查已跳过'
          : `正文规定了${new Set(specific.map((m) => m.canonical)).size}个部门的职责，但未找到可识别形式的职责条款（如“××部门负责本行政区域××工作”“有关部门按照各自职责……”），部门检查已跳过；如有职责条款，可在设置 departments.responsibilitiesArticles 中指定其条号`,
        en: t.configured
          ? 'The configured responsibilities articles do not exist; department checks are skipped'
          : `The text gives duties to ${new Set(specific.map((m) => m.canonical)).size} departments, but no responsibilities article of a recognised form (××部门负责本行政区域××工作, 有关部门按照各自职责……) was found, so the department checks were skipped; if the text has one, name its article in departments.responsibilitiesArticles`,
      },
    });
  },
};

/**
 * department.alias, department.legacy, department.ambiguous and department.unused: how departments are
 * named, and the ones named but never given a duty.
 */
import type { Check } from './types';
import { mentionsByCanonical, respLabels } from './department-undeclared';

/**
 * A name without the words a suffix may take or leave (司法行政部门 read as 司法 + 行政部门 or as 司法行政 +
 * 部门; 统计机构, 公安机关): two mentions that differ only there are written the same.
 */
const sameWritten = (a: string, b: string): boolean => a.replace(TAIL_WORDS, '') === b.replace(TAIL_WORDS, '');
const TAIL_WORDS = /(?:行政|管理|工作|机构|机关|部门)+$/u;
const weak = (cls: string): boolean => cls === 'probable' || cls === 'legacy';
/** A central body (国务院X部门, 中央X部门) is not the local department the article declares under that name. */
const CENTRAL = /^(?:国务院|中央|国家)/u;

export const departmentAlias: Check = {
  id: 'department.alias',
  title: { zh: '同一部门名称不统一', en: 'One department under two names' },
  defaultSeverity: 'information',
  run({ departments: t }, report) {
    for (const m of t.mentions) {
      const d = t.declared.get(m.canonical);
      if (m.generic || !d || m.cls === 'declared' || m.cls === 'legacy' || m.cls === 'part' || m.key === d.key || sameWritten(m.core, d.core)) continue;
      if (CENTRAL.test(m.level) !== CENTRAL.test(d.level)) continue;
      // Two city-dependent names of one id (园林 / 林业) are as often two departments: an inconsistency only
      // against the id's own name or a strong alias, or where one name holds the other (金融 / 金融监管).
      if (weak(m.cls) && weak(d.cls) && !m.key.includes(d.key) && !d.key.includes(m.key)) continue;
      report({
        span: { start: m.start, end: m.end },
        message: {
          zh: `同一部门名称不统一：职责条款（${d.article.label}）写作“${d.core}”，此处写作“${m.core}”`,
          en: `One department, two names: the responsibilities article (${d.article.label}) writes “${d.core}”, this place “${m.core}”`,
        },
        related: [{ span: { start: d.start, end: d.end }, message: { zh: '职责条款的写法', en: 'As the responsibilities article writes it' } }],
        data: { department: m.core, canonical: m.canonical, declaredAs: d.core },
        suggestions: [{ title: { zh: `改为“${d.core}”`, en: `Write “${d.core}”` }, edits: [{ span: { start: m.start, end: m.end }, newText: d.core }] }],
      });
    }
  },
};

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

export const departmentUnused: Check = {
  id: 'department.unused',
  title: { zh: '职责条款列明的部门未在正文中规定职责', en: 'Department named in the responsibilities article but given no duty' },
  defaultSeverity: 'information',
  run({ departments: t }, report) {
    const used = mentionsByCanonical(t.mentions);
    // Declared more than once in the responsibilities articles, and one of those is in a catch-all list: fine.
    const inCatchAll = new Set<string>();
    for (const m of t.mentions) if (m.inResp && m.catchAll) inCatchAll.add(m.canonical);
    const where = respLabels(t.respArticles);
    for (const [canonical, d] of t.declared) {
      // A short name the article introduces (（以下简称市建管办）) may be used in forms not read as mentions.
      // (A department listed under two ids — split names, departments/index.ts — is reported under its own.)
      if (d.canonical !== canonical || used.has(canonical) || d.catchAll || inCatchAll.has(canonical) || d.cls === 'declared') continue;
      report({
        span: { start: d.start, end: d.end },
        message: {
          zh: `职责条款（${where}）列明的部门“${d.core}”在正文中未规定具体职责`,
          en: `“${d.core}”, named in the responsibilities article (${where}), is given no duty in the text`,
        },
        data: { department: d.core, canonical },
      });
    }
  },
};

/**
 * Relative references re-validated against the version they were written for:
 * when 前款 / 前条 / 前项 now points somewhere else (a 款 was inserted before it), propose the absolute form,
 * to be confirmed; for 前N款 whose targets changed, ask without rewriting.
 */
import { convertScript } from '../text/convert';
import { toChineseNumeral } from '../text/numerals';
import { foldScript } from '../text/fold';
import type { Analysis } from '../analysis';
import type { Finding, Reference, StructureNode, TextEdit } from '../types';
import type { Since } from './kept';
import type { Plan } from './plan';

function docScopeWord(a: Analysis): string {
  const t = foldScript(a.title?.text ?? '').replace(/[（(][^）)]*[）)]$/u, '');
  for (const w of ['实施细则', '实施办法', '条例', '办法', '规定', '细则', '规则', '决定', '法']) if (t.endsWith(w)) return `本${w}`;
  return '本条例';
}

function sameNodes(x: readonly StructureNode[], y: readonly StructureNode[]): boolean {
  return x.length === y.length && x.every((n, i) => n === y[i]);
}

export function relativeEdits(a: Analysis, { baseline, map }: Since, plan: Plan, findings: Finding[]): TextEdit[] {
  const byStart = new Map<number, StructureNode>();
  for (const n of [...a.articles, ...a.articles.flatMap((x) => x.children), ...a.articles.flatMap((x) => x.children.flatMap((c) => c.children))]) {
    byStart.set(n.kind === 'article' ? n.labelStart : n.textStart, n);
  }
  const current = new Map<number, Reference>();
  for (const r of a.references) if (r.relative?.startsWith('前')) current.set(r.span.start, r);
  const edits: TextEdit[] = [];
  const j = a.jurisdiction;
  for (const old of baseline.references) {
    if (!old.relative?.startsWith('前') || !old.relativeTargets?.length) continue;
    const at = map.forward(old.span.start);
    const ref = at === undefined ? undefined : current.get(at);
    if (!ref || ref.relative !== old.relative) continue;
    const was = old.relativeTargets.map((t) => {
      const m = map.forward(t.kind === 'article' ? t.labelStart : t.textStart);
      return m === undefined ? undefined : byStart.get(m);
    });
    if (was.some((t) => t === undefined)) continue; // a target itself changed: nothing certain to say
    const targets = was as StructureNode[];
    if (sameNodes(targets, ref.relativeTargets ?? [])) continue;
    const span = { start: ref.span.start, end: ref.span.start + (ref.relative?.length ?? 0) };
    const t = targets[0] as StructureNode;
    let absolute: string | undefined;
    if (targets.length === 1 && t.kind === 'paragraph') absolute = `本条第${toChineseNumeral(t.number, j)}款`;
    else if (targets.length === 1 && t.kind === 'item') absolute = `本款第${toChineseNumeral(plan.labels.get(t)?.number ?? t.number, j)}项`;
    else if (targets.length === 1 && t.kind === 'article') {
      const l = plan.labels.get(t) ?? { number: t.number, sub: t.sub };
      absolute = `${docScopeWord(a)}第${toChineseNumeral(l.number, j)}条${l.sub ? `之${toChineseNumeral(l.sub, j)}` : ''}`;
    }
    // The absolute form is built in Simplified; a Traditional text gets it in its own script (本條第一款).
    if (absolute && a.script === 'traditional') absolute = convertScript(absolute, 'traditional');
    const message = absolute
      ? { zh: `插入或删除后，“${ref.relative}”所指已改变，建议改为“${absolute}”，请确认`, en: `After the edit “${ref.relative}” points elsewhere; proposed “${absolute}”, please confirm` }
      : { zh: `插入或删除后，“${ref.relative}”所指已改变，请核对`, en: `After the edit “${ref.relative}” points elsewhere; please check it` };
    findings.push({ code: 'renumber.relative-changed', severity: 'warning', span, message });
    if (absolute) edits.push({ span, newText: absolute, confirm: message });
  }
  return edits;
}

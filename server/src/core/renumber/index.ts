/**
 * Renumbering with reference rewriting: one set of minimal edits (numbers only, plus the
 * 目录), a mapping report old → new, and findings for what needs the drafter's attention.
 */
import type { Analysis } from '../analysis';
import type { MappingEntry } from './summary';
import type { Finding, NodeKind, TextEdit } from '../types';
import { headingEdits, newLabelText } from './headings';
import { deletedSince, keptInconsistencies, since } from './kept';
import { changed, makePlan, type NewLabel, type RenumberMode } from './plan';
import { referenceEdits } from './references';
import { relativeEdits } from './relative';
import { tocEdits } from './toc';
import { labelSpanOf } from '../parse/nodes';

export interface RenumberOptions {
  /** `renumber` (default): integers everywhere, 之N converted; `insertOnly`: keep numbers, new articles and divisions get 之N. */
  mode?: RenumberMode;
  /**
   * The version the references were written against (the text at open, or at the last renumbering).
   * With it, relative references (前款, 前条) whose target changed are re-validated, and numbering
   * inconsistencies the baseline's same list already had are kept (see kept.ts).
   */
  baseline?: Analysis;
}


export interface RenumberResult {
  edits: TextEdit[];
  mapping: MappingEntry[];
  findings: Finding[];
}

const MAPPED = new Set<NodeKind>(['book', 'subbook', 'chapter', 'section', 'article']);

/** The unit an unplaced label would attach to, as its message names it. */
const UNIT_ZH: Partial<Record<NodeKind, string>> = { book: '编', subbook: '分编', chapter: '章', section: '节', article: '条' };

export function renumber(a: Analysis, options: RenumberOptions = {}): RenumberResult {
  const edited = since(a, options.baseline);
  const plan = makePlan(a.scopes, options.mode ?? 'renumber', keptInconsistencies(edited));
  const findings: Finding[] = [];
  for (const k of plan.kept) {
    const message = k.previous
      ? { zh: `${k.previous.label}与${k.node.label}之间的编号原文即不连续，不是本次修改造成的，重新编号保留原样`, en: `The numbering from ${k.previous.label} to ${k.node.label} was already discontinuous before this edit; renumbering keeps it` }
      : { zh: `本组编号从${k.node.label}开始（接续前文的列表，或前面的标题缺失），重新编号保留原样`, en: `This list starts at ${k.node.label} (it continues an earlier list, or a heading before it is missing); renumbering keeps that start` };
    findings.push({ code: 'renumber.left-as-is', severity: 'information', span: labelSpanOf(k.node), message });
  }
  const edits: TextEdit[] = [...headingEdits(a, plan), ...referenceEdits(a, plan, findings, edited && deletedSince(edited)), ...tocEdits(a, plan)];
  if (edited) for (const e of relativeEdits(a, edited, plan, findings)) edits.push(e);
  edits.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
  const mapping: MappingEntry[] = [];
  // Divisions come in text order: the last 编 and 章 seen are the ones around the next division.
  let book = '';
  let chapter = '';
  for (const node of a.scopes.articles.concat(a.divisions)) {
    const within = node.kind === 'section' ? chapter : node.kind === 'subbook' || (node.kind === 'chapter' && a.scopes.chapterMode === 'perBook') ? book : '';
    if (node.kind === 'book') book = node.label;
    if (node.kind === 'book' || node.kind === 'chapter') chapter = node.kind === 'chapter' ? node.label : '';
    if (!MAPPED.has(node.kind) || !changed(node, plan)) continue;
    const to = newLabelText(a, node, plan);
    const l = plan.labels.get(node) as NewLabel;
    mapping.push({ kind: node.kind, from: node.label, to, line: node.line, fromNumber: node.number, fromSub: node.sub, toNumber: l.number, toSub: l.sub, within });
    if (node.sub > 0 && plan.labels.get(node)?.sub === 0) {
      findings.push({ code: 'renumber.converted', severity: 'information', span: labelSpanOf(node), message: { zh: `${node.label}改为${to}`, en: `${node.label} becomes ${to}` } });
    }
  }
  mapping.sort((x, y) => x.line - y.line);
  for (const node of plan.unplaced) {
    findings.push({
      code: 'renumber.unplaced',
      severity: 'warning',
      span: labelSpanOf(node),
      message: { zh: `无法为${node.label}分配“之”序号（前面没有可依附的${UNIT_ZH[node.kind] ?? '条'}），未改动`, en: `${node.label} cannot get an inserted ${node.kind} number here; left unchanged` },
    });
  }
  return { edits, mapping, findings };
}

/** The mapping as the drafter pastes it into the 起草说明: 第十二条之一→第十三条；第十三条→第十四条. */
export function mappingReport(mapping: readonly MappingEntry[]): string {
  return mapping.map((m) => `${m.from}→${m.to}`).join('；');
}

export { mappingSummary, type MappingEntry } from './summary';
export type { RenumberMode };

/**
 * text.mixed-script — Simplified and Traditional characters in one document (pasted from sources in the
 * other script, or converted in part). The document's script is the one most of its one-script characters
 * belong to; each stretch in the other script is reported, with a fix converting just those characters
 * (opencc-js, phrase by phrase). Encoding damage is left to text.mojibake.
 */
import { isHan } from '../text/chars';
import { convertScript, scriptCode, taiwanVariantOf } from '../text/convert';
import type { Damage } from '../text/mojibake';
import type { Script, Span } from '../types';
import { BOTH_SCRIPTS } from '../prose';
import type { Check } from './types';

const NAME: Readonly<Record<Script, { zh: string; en: string }>> = {
  simplified: { zh: '简体', en: 'Simplified' },
  traditional: { zh: '繁体', en: 'Traditional' },
};
/** scriptCode values. */
const SIMPLIFIED = 1;
const TRADITIONAL = 2;
/** Characters of context taken on each side, so that the conversion reads the whole phrase. */
const CONTEXT = 12;
/** Odd characters this close together (Han text between) are one finding. */
const GAP = 4;

export const mixedScript: Check = {
  id: 'text.mixed-script',
  title: { zh: '简繁混用', en: 'Simplified and Traditional mixed' },
  defaultSeverity: 'warning',
  fix: { kind: 'replace', applicability: 'safe' },
  run({ parsed, prose }, report) {
    const s = parsed.source;
    // Most texts hold one script only: found in one pass, before any encoding damage is looked for.
    if (prose.scripts() !== BOTH_SCRIPTS) return;
    const damage = prose.damage();
    // Each script's own characters in the prose, outside encoding damage: counted, and where both occur the
    // minority's collected as the odd ones.
    const [simplified, traditional] = countScripts(s, prose.ranges, damage);
    if (traditional === 0 || simplified === 0) return;
    const main: Script = traditional > simplified ? 'traditional' : simplified > traditional ? 'simplified' : parsed.script;
    const oddCode = main === 'simplified' ? TRADITIONAL : SIMPLIFIED;
    const odd: number[] = [];
    const spelled = new Map<string, boolean>();
    const taiwan = parsed.jurisdiction === 'tw' && main === 'traditional';
    oneScript(s, prose.ranges, damage, (i, code) => void (code === oddCode && !(taiwan && (taiwanSpelling(s, s[i] as string, spelled) || fusedRings(s, i))) && odd.push(i)));
    for (let k = 0; k < odd.length; ) {
      const start = odd[k] as number;
      let end = start + 1;
      const members = [start];
      for (k++; k < odd.length; k++) {
        const next = odd[k] as number;
        if (next - end > GAP || !allHan(s, end, next)) break;
        members.push(next);
        end = next + 1;
      }
      const newText = converted(s, start, end, members, main);
      const was = s.slice(start, end);
      report({
        span: { start, end },
        message: {
          zh: was.length === 1
            ? `本文以${NAME[main].zh}为主，${NAME[other(main)].zh}字“${was}”应为“${newText}”`
            : `本文以${NAME[main].zh}为主，“${was}”中有${NAME[other(main)].zh}字，应为“${newText}”`,
          en: `The text is in ${NAME[main].en} script; “${was}” should read “${newText}”`,
        },
        data: { fix: newText },
      });
    }
  },
};

/** How many characters only Simplified, and only Traditional, writes in the prose outside encoding damage. */
function countScripts(s: string, prose: readonly Span[], damage: readonly Damage[]): [number, number] {
  const counts: [number, number] = [0, 0];
  oneScript(s, prose, damage, (_, code) => {
    counts[code === SIMPLIFIED ? 0 : 1]++;
  });
  return counts;
}

/** Visits the characters only one script writes (with its scriptCode), in the prose and outside encoding damage. */
function oneScript(s: string, prose: readonly Span[], damage: readonly Damage[], visit: (i: number, code: number) => void): void {
  let d = 0;
  for (const range of prose) {
    for (let i = range.start; i < range.end; i++) {
      const code = scriptCode(s.charCodeAt(i));
      if (code === 0) continue;
      while (d < damage.length && (damage[d] as Damage).end <= i) d++;
      if (d < damage.length && (damage[d] as Damage).start <= i) continue;
      visit(i, code);
    }
  }
}

/**
 * A Simplified form Taiwan's own standard writes too (曝晒, 藍晒圖 for 曬): in a Taiwan text it is that text's
 * spelling, odd only where the text also writes the Traditional form (并得 in a text of 並). A mainland text
 * copied into Traditional script (并 throughout) is not held to Taiwan's standard.
 */
function taiwanSpelling(s: string, ch: string, known: Map<string, boolean>): boolean {
  let spelling = known.get(ch);
  if (spelling === undefined) {
    // Once per character (the text is searched once, however often it writes 晒).
    const forms = taiwanVariantOf(ch);
    spelling = forms !== undefined && ![...forms].some((f) => s.includes(f));
    known.set(ch, spelling);
  }
  return spelling;
}

/**
 * 并 joining two rings' names in a fused-ring compound (苯并芘, 苯并[a]芘, 苯并呋喃, 吡啶并嘧啶): Taiwan's chemical
 * nomenclature writes 并 there, not 並 — the ring names on both sides say so, not a list of compounds.
 */
function fusedRings(s: string, i: number): boolean {
  return s[i] === '并' && RING_END.test(s[i - 1] ?? '') && RING_START.test(s.slice(i + 1, i + 2));
}
/** The last character of a ring's name (苯, 萘, 吡啶, 呋喃, 噻吩, 咪唑, 吲哚, 喹啉, 嘧啶, 吡嗪, 嘌呤 …). */
const RING_END = /^[苯萘蒽菲芘芴薁啶喃吩唑哚啉嗪呤咯嗯喔噁]$/u;
/** The first character of a ring's name, or a locant's bracket (苯并[a]芘). */
const RING_START = /^[苯萘蒽菲芘芴薁吡呋噻咪吲喹嘧嘌噁吖哒异[［(（]$/u;

function other(script: Script): Script {
  return script === 'simplified' ? 'traditional' : 'simplified';
}

function allHan(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isHan(s[i])) return false;
  return true;
}

/**
 * `s[start, end)` with the odd characters converted to `main` script, read in their phrase: the Han text
 * around them is converted and only the odd characters take the result, so nothing else is rewritten.
 */
function converted(s: string, start: number, end: number, odd: number[], main: Script): string {
  let from = start;
  while (from > 0 && start - from < CONTEXT && isHan(s[from - 1])) from--;
  let to = end;
  while (to < s.length && to - end < CONTEXT && isHan(s[to])) to++;
  const whole = convertScript(s.slice(from, to), main);
  const sameLength = whole.length === to - from;
  const chars = s.slice(start, end).split('');
  for (const at of odd) chars[at - start] = sameLength ? (whole[at - from] as string) : convertScript(s[at] as string, main);
  return chars.join('');
}

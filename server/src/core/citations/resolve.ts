/**
 * What a cited name is at the text's date: the law the index holds under it, and whether it had been
 * repealed by then (and by what, followed to the law in force). Pure; the index is an argument.
 */
import { findLaw, latestVersion, successorOf, versionAt, type Law, type LawIndex, type LawVersion, type RepealData } from '../laws';

export interface Resolution {
  law?: Law;
  /** The version in force at the text's date (the newest for a text without one); none when the index holds no such version. */
  version?: LawVersion;
  /** The repeal in force at the text's date, when the name had been repealed by then. */
  repeal?: RepealData;
  /** The full title of the law in force that replaced it (a chain of repeals followed). */
  successor?: string;
  /** The index lists a repeal of the name, whatever its date: the name is a law's, not a typo. */
  known?: true;
}

/** When a law in the index was first made: the first event of its 题注, else its oldest version's publication. */
function enacted(law: Law): string | undefined {
  return law.history[0]?.[0] ?? law.versions[0]?.publish;
}

/** The repeal of `name` in force on `date` (undefined: any date), unless a law made later took over the name by then. */
function repealOf(index: LawIndex, name: string, law: Law | undefined, date: string | undefined): RepealData | undefined {
  for (const r of successorOf(index, name)) {
    if (date !== undefined && r.date > date) continue;
    // 国家安全法: the 1993 law was repealed in 2014, and a new law of the same title made in 2015.
    const made = law && enacted(law);
    if (made && made >= r.date && (date === undefined || made <= date)) continue;
    return r;
  }
  return undefined;
}

export function resolveName(index: LawIndex, name: string, date: string | undefined): Resolution {
  const law = findLaw(index, name);
  const repeal = repealOf(index, name, law, date);
  if (repeal) {
    let successor = repeal.by;
    // A successor repealed in its turn (at most a few steps: the table has no cycles, but a bound costs nothing).
    for (let i = 0; i < 4; i++) {
      const next = repealOf(index, successor, findLaw(index, successor), date);
      if (!next) break;
      successor = next.by;
    }
    return law ? { law, repeal, successor } : { repeal, successor };
  }
  if (!law) return successorOf(index, name).length ? { known: true } : {};
  const version = date === undefined ? latestVersion(law) : versionAt(law, date);
  return version ? { law, version } : { law };
}

/** citation.repealed — a cited law had been repealed by the text's date (a draft: by the newest law the index knows). */
import { titleIn } from '../citations';
import { articleKeyLabel } from './labels';
import type { Check } from './types';

export const citationRepealed: Check = {
  id: 'citation.repealed',
  title: { zh: '引用已废止的法律', en: 'Citation of a repealed law' },
  defaultSeverity: 'warning',
  // The successor's articles are not the repealed law's: the drafter checks each provision cited with it.
  fix: { kind: 'replace', applicability: 'confirm' },
  run({ citations: { citations }, parsed }, report) {
    for (const c of citations) {
      const r = c.repeal;
      if (!r || c.historical) continue;
      const successor = titleIn(parsed.script, c.successor ?? r.by);
      const by = titleIn(parsed.script, r.by);
      const cited = c.provisions.length ? '；所引条文须按新法重新核对' : '';
      const citedEn = c.provisions.length ? '; check each provision cited against the new law' : '';
      report({
        span: c.span,
        message: {
          zh: `《${c.written}》已于${r.date}废止（《${by}》${articleKeyLabel(r.article)}），宜改为引用《${successor}》${cited}`,
          en: `《${c.written}》 was repealed on ${r.date} (《${by}》 article ${r.article}): cite 《${successor}》 instead${citedEn}`,
        },
        data: { fix: `《${successor}》`, repealedBy: r.by, date: r.date },
      });
    }
  },
};


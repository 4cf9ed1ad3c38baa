import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/cli/main';
import { USAGE } from '../src/cli/help';
import { analyseOptions, layeredSettings, messageLanguage, readSettings, SETTINGS } from '../src/config/settings';
import { parseWorkspaceConfig } from '../src/config/workspace-config';

describe('settings: message language', () => {
  it('auto, missing or malformed means the draft\'s language: Chinese', () => {
    for (const raw of [{}, { messageLanguage: 'auto' }, { messageLanguage: 'fr' }, { messageLanguage: 7 }, null]) {
      assert.equal(messageLanguage(readSettings(raw)), 'zh', JSON.stringify(raw));
    }
  });

  it('English only when chosen', () => {
    assert.equal(messageLanguage(readSettings({ messageLanguage: 'en' })), 'en');
    assert.equal(messageLanguage(readSettings({ messageLanguage: 'zh' })), 'zh');
  });
});

describe('settings: one declaration read three ways', () => {
  it('the editor\'s values are read leniently: a delay is clamped, a bad size is the default, word lists lose blanks', () => {
    const s = readSettings({
      diagnosticsDelay: -5,
      maxFileSize: 0,
      joinWrappedLines: 'no',
      severity: { 'reference.self': 'hint', 'toc.mismatch': 'loud' },
      departments: { responsibilitiesArticles: [5, 0, 2.5, '6'], lexicon: ['口岸物流', ' ', 3], aliases: { 数据局: '大数据', x: 1 }, legacyNames: 'never', colour: 1 },
      terms: { glossary: 'not a list', ignore: [''] },
    });
    assert.equal(s.diagnosticsDelay, 0);
    assert.equal(readSettings({ diagnosticsDelay: 9999 }).diagnosticsDelay, 5000);
    assert.equal(s.maxFileSize, 5_000_000);
    assert.equal(readSettings({ maxFileSize: 0.5 }).maxFileSize, 0.5);
    assert.equal(s.joinWrappedLines, true);
    assert.deepEqual(s.severity, { 'reference.self': 'hint' });
    assert.deepEqual(s.departments, { responsibilitiesArticles: [5], lexicon: ['口岸物流'], aliases: { 数据局: '大数据' } });
    assert.deepEqual(s.terms, {});
    assert.deepEqual(analyseOptions(readSettings({})), { stage: 'draft', jurisdiction: 'auto', chapterNumbering: undefined, joinWrappedLines: true, departments: {}, instrumentType: 'auto', fineCaps: {}, terms: {}, levels: {} });
    assert.equal(analyseOptions(readSettings({ chapterNumbering: 'perBook' })).chapterNumbering, 'perBook');
  });

  it('a team\'s .lexdraft.json wins over the editor, and their severity tables merge id by id', () => {
    const s = layeredSettings({ stage: 'final', jurisdiction: 'tw', severity: { 'reference.self': 'hint', 'toc.mismatch': 'off' } }, [{ jurisdiction: 'prc', severity: { 'toc.mismatch': 'warning' } }]);
    assert.deepEqual([s.stage, s.jurisdiction, s.severity], ['final', 'prc', { 'reference.self': 'hint', 'toc.mismatch': 'warning' }]);
  });

  it('.lexdraft.json reports a value of the wrong form with the form each setting takes', () => {
    const expected: Record<string, string> = {
      messageLanguage: '"auto" | "zh" | "en"',
      severity: '{ "check.id": "error" | "warning" | "information" | "hint" | "off" }',
      stage: '"draft" | "final"',
      jurisdiction: '"auto" | "prc" | "tw"',
      chapterNumbering: '"auto" | "continuous" | "perBook"',
      joinWrappedLines: 'true | false',
      diagnosticsDelay: 'a number ≥ 0',
      maxFileSize: 'a number > 0',
      departments: '{ "responsibilitiesArticles": [5], "lexicon": ["…"], "aliases": { "别称": "规范名" }, "generic": ["…"], "ignore": ["…"], "legacyNames": "auto" | "on" | "off" }',
      terms: '{ "glossary": ["…"], "ignore": ["…"], "superiorLaw": ["…"] }',
    };
    for (const [key, form] of Object.entries(expected)) {
      const c = parseWorkspaceConfig('/w/.lexdraft.json', JSON.stringify({ [key]: [[]] }));
      assert.deepEqual(c.problems.map((p) => p.message), [{ zh: `“${key}”的取值应为 ${form}，已改用默认值`, en: `“${key}” must be ${form}; the default is used` }], key);
    }
    // A value the editor's schema would only warn about is the file's mistake; one past the maximum is not.
    const c = parseWorkspaceConfig('/w/.lexdraft.json', '{ "diagnosticsDelay": -1, "maxFileSize": 0, "autoDetect": false }');
    assert.deepEqual(c.problems.map((p) => [p.severity, p.message.en]), [
      ['error', `“diagnosticsDelay” must be a number ≥ 0; the default is used`],
      ['error', `“maxFileSize” must be a number > 0; the default is used`],
      ['warning', 'Unknown setting “autoDetect”, ignored'], // the client's alone
    ]);
    assert.deepEqual(parseWorkspaceConfig('/w/.lexdraft.json', '{ "diagnosticsDelay": 9999, "departments": { "lexicon": [""] } }').problems, []);
    const bad = parseWorkspaceConfig('/w/.lexdraft.json', '{ "severity": { "toc.mismatch": "loud" } }').problems[0]?.message.en;
    assert.equal(bad, 'The severity of “toc.mismatch” must be error, warning, information, hint or off');
  });
});

describe('settings: the CLI flags that mirror them', () => {
  it('--stage and --jurisdiction take the values the settings declare, and name them when given another', () => {
    const cases = [
      ['--stage', SETTINGS.stage.kind.values, '只能是 draft 或 final / must be draft or final'],
      ['--jurisdiction', SETTINGS.jurisdiction.kind.values, '只能是 auto、prc 或 tw / must be auto, prc or tw'],
    ] as const;
    for (const [flag, values, message] of cases) {
      assert.ok(USAGE.includes(`${flag} ${values.join('|')}`), `${flag} in the usage`);
      const err: string[] = [];
      assert.equal(main(['check', `${flag}=mars`, 'draft.txt'], { out: () => undefined, err: (s) => err.push(s), raw: () => undefined }), 2);
      assert.deepEqual(err, [`lexdraft: ${flag} ${message}: mars`]);
    }
  });
});

/**
 * What the editor shows of each setting (package.json, package.nls*.json) and the table in docs/settings.md are
 * written from SETTINGS; `UPDATE_GOLDEN=1 npm test` writes them again after a setting changes.
 */
describe('settings: package.json, its translations and the settings table follow the declaration', () => {
  const update = process.env.UPDATE_GOLDEN === '1';
  const root = process.cwd();
  const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;
  const writeJson = (file: string, data: unknown): void => writeFileSync(join(root, file), `${JSON.stringify(data, null, 2)}\n`);
  const entries = Object.entries(SETTINGS) as [string, (typeof SETTINGS)[keyof typeof SETTINGS]][];
  const values = (kind: unknown): readonly string[] => (kind as { values?: readonly string[] }).values ?? [];

  it('package.json contributes each setting with its schema, default and description', () => {
    const properties = Object.fromEntries(
      entries.map(([key, s]) => [
        `lexdraft.${key}`,
        {
          ...s.kind.schema,
          default: s.default,
          ...(s.valueDescriptions ? { enumDescriptions: values(s.kind).map((v) => `%config.${key}.${v}%`) } : {}),
          description: `%config.${key}%`,
        },
      ]),
    );
    for (const [key, s] of entries) if (s.valueDescriptions) assert.equal(s.valueDescriptions.length, values(s.kind).length, `${key}: one description per value`);
    const manifest = readJson('package.json') as { contributes: { configuration: { title: string; properties: Record<string, unknown> } } };
    const expected = { title: 'LexDraft', properties };
    if (update) {
      manifest.contributes.configuration = expected;
      writeJson('package.json', manifest);
      return;
    }
    assert.deepEqual(manifest.contributes.configuration, expected, 'package.json: run UPDATE_GOLDEN=1 npm test and review the diff');
    assert.deepEqual(Object.keys(manifest.contributes.configuration.properties), Object.keys(properties));
  });

  for (const [file, lang] of [['package.nls.json', 'en'], ['package.nls.zh-cn.json', 'zh']] as const) {
    it(`${file} describes each setting in ${lang === 'en' ? 'English' : 'Chinese'}, and nothing else`, () => {
      const strings: Record<string, string> = {};
      for (const [key, s] of entries) {
        strings[`config.${key}`] = s.description[lang];
        s.valueDescriptions?.forEach((d, i) => (strings[`config.${key}.${values(s.kind)[i]}`] = d[lang]));
      }
      const nls = readJson(file);
      if (update) {
        for (const k of Object.keys(nls)) if (k.startsWith('config.') && !(k in strings)) delete nls[k];
        writeJson(file, Object.assign(nls, strings));
        return;
      }
      assert.deepEqual(Object.fromEntries(Object.entries(nls).filter(([k]) => k.startsWith('config.'))), strings, `${file}: run UPDATE_GOLDEN=1 npm test and review the diff`);
    });
  }

  it('the settings table (docs/settings.md) lists each setting with its default and English description, in order', () => {
    const shown = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));
    const rows = entries.map(([key, s]) => `| \`lexdraft.${key}\` | \`${shown(s.default)}\` | ${s.description.en.replaceAll('|', '\\|')} |`);
    const lines = readFileSync(join(root, 'docs', 'settings.md'), 'utf8').split('\n');
    const head = lines.indexOf('| setting | default | |');
    assert.ok(head >= 0, 'docs/settings.md: the settings table (| setting | default | |) is missing');
    let end = head + 2;
    while (lines[end]?.startsWith('|')) end++;
    if (update) {
      lines.splice(head + 2, end - head - 2, ...rows);
      writeFileSync(join(root, 'docs', 'settings.md'), lines.join('\n'));
      return;
    }
    assert.deepEqual(lines.slice(head + 2, end), rows, 'docs/settings.md: run UPDATE_GOLDEN=1 npm test and review the diff');
  });
});

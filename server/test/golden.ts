/** Golden files: readable expected outputs beside each fixture; UPDATE_GOLDEN=1 rewrites them. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as assert from 'node:assert/strict';
import type { Analysis, AnalyseOptions } from '../src/core';
import { LineMap } from '../src/positions';
import { analyseOptions, readSettings, type Settings } from '../src/config/settings';
import { parseWorkspaceConfig } from '../src/config/workspace-config';
import { lawsOption, taiwanActsOption } from '../src/laws/load';
import { amendmentBaseOption } from '../src/amendment-base';

export const FIXTURES = resolve(process.cwd(), 'test-fixtures');

export function listFixtures(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt') || e.name.endsWith('.md')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

function pos(map: LineMap, span: { start: number; end: number }): string {
  const r = map.range(span);
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

/** What a fixture is analysed with: the settings of its options file and the analysis options they give. */
export interface FixtureOptions {
  settings: Settings;
  analyse: AnalyseOptions;
}

/**
 * Settings that change nothing a golden shows: the message language (goldens print Chinese), and the
 * server's debounce and size limit. A fixture that sets one would claim a behaviour it never tests.
 */
const NOT_IN_GOLDENS = new Set(['messageLanguage', 'diagnosticsDelay', 'maxFileSize']);

/** Where a fixture's options live: `<case>.options.json` beside `<case>.txt`. */
export function optionsFile(fixture: string): string {
  return fixture.replace(/\.(txt|md)$/u, '.options.json');
}

/**
 * The options of `<case>.options.json` beside the fixture (the keys of `.lexdraft.json`, read by the same
 * validator), or undefined when there is none. A file with any problem throws: a golden written with
 * defaults after a typo would pass while testing nothing it claims to.
 */
export function fixtureOptions(fixture: string): FixtureOptions | undefined {
  const path = optionsFile(fixture);
  if (!existsSync(path)) return undefined;
  const config = parseWorkspaceConfig(path, readFileSync(path, 'utf8'));
  if (config.problems.length) throw new Error(`${path}: ${config.problems.map((p) => p.message.en).join('; ')}`);
  const unused = Object.keys(config.settings).filter((k) => NOT_IN_GOLDENS.has(k));
  if (unused.length) throw new Error(`${path}: ${unused.join(', ')} changes nothing a golden shows`);
  const settings = readSettings(config.settings);
  return { settings, analyse: analyseOptions(settings) };
}

/**
 * The national law index as the CLI and the server read it (beside the bundles: server/data/laws.json), read
 * once for the whole run: the citation checks' fixtures need it, as a drafter's editor has it.
 */
export const LAWS = lawsOption(join(process.cwd(), 'dist'));
/** The index of Taiwan acts, likewise (server/data/taiwan-acts.json): reference.dangling's Taiwan fixtures need it. */
export const TAIWAN_ACTS = taiwanActsOption(join(process.cwd(), 'dist'));

/** What a check fixture is analysed with: its options file's analysis options, the national law index and the Taiwan acts. */
export function fixtureAnalyseOptions(fixture: string): AnalyseOptions {
  const own = fixtureOptions(fixture);
  // The base an instrument amends is read as the server reads it, relative to the options file.
  const amendmentBase = own && amendmentBaseOption(own.settings.amendmentBase, dirname(optionsFile(fixture)));
  return { ...own?.analyse, laws: LAWS, taiwanActs: TAIWAN_ACTS, ...(amendmentBase && { amendmentBase }) };
}

/** One line per finding, related places indented below it. */
export function renderFindings(a: Analysis): string {
  const map = new LineMap(a.text);
  const lines: string[] = [];
  // The analysis has applied the options' levels: a check that is off made no finding.
  for (const f of a.findings) {
    lines.push(`${pos(map, f.span)} ${f.severity} ${f.code} ${f.message.zh}`);
    for (const r of f.related ?? []) lines.push(`    related ${pos(map, r.span)} ${r.message.zh}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '(no findings)\n';
}

/** Compares `actual` with the golden file, or writes it when UPDATE_GOLDEN=1. */
export function assertGolden(path: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(path, actual);
    return;
  }
  assert.ok(existsSync(path), `missing golden ${path}: run UPDATE_GOLDEN=1 npm test and review the diff`);
  assert.equal(actual, readFileSync(path, 'utf8'), `golden mismatch: ${path}`);
}

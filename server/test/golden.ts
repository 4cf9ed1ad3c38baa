/** Golden files: readable expected outputs beside each fixture; UPDATE_GOLDEN=1 rewrites them. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as assert from 'node:assert/strict';
import type { Analysis } from '../src/core';
import { LineMap } from '../src/positions';

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

/** One line per finding, related places indented below it. */
export function renderFindings(a: Analysis): string {
  const map = new LineMap(a.text);
  const lines: string[] = [];
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

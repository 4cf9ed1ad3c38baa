/** Source files a reader can hold in mind: a file past the limit is split along a seam, not grown. */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SRC = join(process.cwd(), 'server', 'src');
const MAX_LINES = 450;

describe('source files', () => {
  it(`no file under server/src is over ${MAX_LINES} lines`, () => {
    const over: string[] = [];
    for (const file of readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(SRC, file), 'utf8');
      const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
      if (lines > MAX_LINES) over.push(`${file}: ${lines}`);
    }
    assert.deepEqual(over, []);
  });
});

/**
 * The `lexdraft` executable (dist/cli.js). `--version` and `--help` are answered here, before anything else
 * is loaded: in the bundle, the modules that main.ts imports (the core and its tables) are set up only when
 * the `require` below runs, so those answers cost no more than starting Node.
 */
import { quickAnswer } from './help';

const argv = process.argv.slice(2);
const quick = quickAnswer(argv);
if (quick) {
  process.stdout.write(quick.text + '\n');
  process.exitCode = quick.code;
} else {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('./main') as typeof import('./main')).run(argv);
}

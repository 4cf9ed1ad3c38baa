/** Tables computed once per parse and per options object, shared by the checks and the analysis. */
import type { ParseResult } from './parse';

export function perParse<O extends object, T>(build: (parsed: ParseResult, options: O) => T, none: O): (parsed: ParseResult, options?: O) => T {
  const cache = new WeakMap<ParseResult, WeakMap<O, T>>();
  return (parsed, options = none) => {
    let byOptions = cache.get(parsed);
    if (!byOptions) cache.set(parsed, (byOptions = new WeakMap()));
    let value = byOptions.get(options);
    if (value === undefined) byOptions.set(options, (value = build(parsed, options)));
    return value;
  };
}

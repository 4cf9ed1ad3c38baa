/** A command line that cannot be run as given: one line on stderr, exit 2 (cli/main.ts). */
export class UsageError extends Error {}

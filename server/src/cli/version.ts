// The CLI's own version. A bundle cannot read package.json at run time without
// knowing where it was installed, so the number is kept here; keep it equal to
// package.json "version" (test/cli/args.test.ts checks that they agree).
export const VERSION = '0.1.0';

// One build script for the three bundles: the VS Code client, the language server and the CLI.
// Usage: node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The server converts .html for the import command itself; .docx/.pdf need the libraries below,
  // which the .vsix does not ship (the import command then points to `govreport import`).
  { entryPoints: ['server/src/server-main.ts'], outfile: 'dist/server.js', external: ['mammoth', 'pdfjs-dist'] },
  // mammoth (Word input) stays a runtime dependency loaded from node_modules on the first .docx: its
  // dependencies hold `new Function` (underscore's template, the setImmediate polyfill), which no bundle ships.
  // pdfjs-dist (PDF input) likewise: imported from node_modules on the first .pdf (an ES module, 3 MB).
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', external: ['mammoth', 'pdfjs-dist'] },
  // The CLI's worker threads (server/src/cli/pool.ts starts dist/cli-worker.js, beside dist/cli.js).
  { entryPoints: ['server/src/cli/cli-worker.ts'], outfile: 'dist/cli-worker.js', external: ['mammoth', 'pdfjs-dist'] },
];

for (const b of builds) {
  const options = { ...common, ...b };
  if (watch) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  } else {
    await esbuild.build(options);
  }
}
if (!watch) console.log(`built ${builds.length} bundles into dist/${production ? ' (production)' : ''}`);

#!/usr/bin/env node
// Bundles the TypeScript entry points into dist/ with esbuild (`npm run build`).
//
// Bundles are CommonJS for Node 20 (VS Code's extension host loads CommonJS). onnxruntime-web
// is bundled too; it loads its wasm module at run time, so ort-wasm-simd-threaded.{mjs,wasm}
// are copied next to the bundles and the runtime points onnxruntime-web at them
// (model-runtime/node-load.ts). That works from the repository and from a packaged
// extension alike, since dist/ travels as a whole.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

// Add an entry per bundle: { entry, outfile, banner?, browser? }. `browser`: a script for a
// webview (an IIFE, no Node), or a stylesheet.
const ENTRIES = [
  // The CLI entry dispatches `compare` (adapter) and the model runtime's commands.
  { entry: 'adapter/cli.ts', outfile: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { entry: 'adapter/main.ts', outfile: 'dist/adapter.js' },
  { entry: 'extension/extension.ts', outfile: 'dist/extension.js' },
  { entry: 'server/server.ts', outfile: 'dist/server.js' },
  { entry: 'extension/panel/webview/main.ts', outfile: 'dist/panel.js', browser: true },
  { entry: 'extension/panel/webview/panel.css', outfile: 'dist/panel.css', browser: true },
];

const ORT_WASM_FILES = ['ort-wasm-simd-threaded.mjs', 'ort-wasm-simd-threaded.wasm'];

// onnxruntime-web's Node build is an ES module that uses import.meta.url; in a CommonJS
// bundle that is empty, so it is defined from __filename.
const IMPORT_META_URL = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";

async function main() {
  fs.mkdirSync(dist, { recursive: true });
  for (const { entry, outfile, banner, browser } of ENTRIES) {
    if (browser) {
      await esbuild.build({ absWorkingDir: root, entryPoints: [entry], outfile, bundle: true, platform: 'browser', format: 'iife', target: 'es2022', logLevel: 'warning' });
      continue;
    }
    await esbuild.build({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      sourcemap: true,
      external: ['vscode'],
      define: { 'import.meta.url': '__importMetaUrl' },
      banner: { js: [banner, IMPORT_META_URL].filter(Boolean).join('\n') },
      logLevel: 'warning',
    });
    if (banner?.startsWith('#!')) fs.chmodSync(path.join(root, outfile), 0o755);
  }
  const ortDist = path.join(root, 'node_modules', 'onnxruntime-web', 'dist');
  for (const f of ORT_WASM_FILES) fs.copyFileSync(path.join(ortDist, f), path.join(dist, f));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

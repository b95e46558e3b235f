#!/usr/bin/env node
// `npm run bench [-- --json] [-- --model DIR]`: the model runtime benchmarks (bench/runtime.ts).
// Bundled with esbuild into .cache/bench/ (packages stay external, resolved from node_modules)
// and run in a fresh Node process so the load figure includes compiling onnxruntime's wasm.
// Other benchmarks in bench/ have their own npm scripts.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, '.cache', 'bench', 'runtime.cjs');

await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['bench/runtime.ts'],
  outfile: out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);

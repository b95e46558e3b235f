#!/usr/bin/env node
// `npm run package [-- --out FILE]`: builds dist/, checks that the model and the bundled
// debugpy are in place, packages the extension with vsce (.vscodeignore says what goes in)
// and lists the .vsix contents with sizes.
// NDB_PACKAGE_WITHOUT_MODEL=1 packages without models/default (only for tests that point
// neuralDebugger.modelPath at another model): the result cannot debug on its own.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const outArg = process.argv.indexOf('--out');
const out = path.resolve(outArg > 0 ? process.argv[outArg + 1] : path.join(root, 'out', `${pkg.name}-${pkg.version}.vsix`));

const needed = [
  ['bundled/libs/debugpy/__init__.py', 'run scripts/setup.sh'],
  ['bundled/python/ndb_probe.py', 'run scripts/setup.sh'],
];
if (process.env.NDB_PACKAGE_WITHOUT_MODEL !== '1') {
  for (const f of ['model.onnx', 'tokenizer.json', 'manifest.json']) needed.push([`models/default/${f}`, 'the shipped model is missing']);
}
const missing = needed.filter(([f]) => !fs.existsSync(path.join(root, f)));
if (missing.length > 0) {
  for (const [f, why] of missing) console.error(`package: ${f} is missing (${why})`);
  process.exit(1);
}

const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
run(process.execPath, ['scripts/build.mjs']);
fs.mkdirSync(path.dirname(out), { recursive: true });
const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
// Everything the extension runs is bundled into dist/ by esbuild: no node_modules.
run(process.execPath, [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out]);
run(process.execPath, ['scripts/vsix-contents.mjs', out]);

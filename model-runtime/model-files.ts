/**
 * Reading a model folder from disk (Node): model.onnx, tokenizer.json, manifest.json, each
 * checked so that a missing or damaged file is reported by name before onnxruntime sees it.
 * A browser/webview caller builds `ModelFiles` from fetched bytes instead.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RuntimeError } from './errors.js';
import { parseManifest, type Manifest, type ModelFiles } from './manifest.js';

export interface ReadOptions {
  /** Compare the sha256 of model.onnx and tokenizer.json with the manifest (a few ms). */
  verify?: boolean;
}

export function readModelFolder(dir: string, options: ReadOptions = {}): ModelFiles {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new RuntimeError(
      'model-missing',
      `model folder ${dir} does not exist: it should hold model.onnx, tokenizer.json and manifest.json`,
    );
  }
  const manifest = parseManifest(readFile(dir, 'manifest.json').toString('utf8'));
  const onnx = readFile(dir, 'model.onnx');
  const tokenizerBytes = readFile(dir, 'tokenizer.json');
  if (options.verify ?? true) {
    verify(dir, 'model.onnx', onnx, manifest);
    verify(dir, 'tokenizer.json', tokenizerBytes, manifest);
  }
  let tokenizerJson: object;
  try {
    tokenizerJson = JSON.parse(tokenizerBytes.toString('utf8')) as object;
  } catch (e) {
    throw new RuntimeError('model-corrupt', `${path.join(dir, 'tokenizer.json')} is not valid JSON: ${(e as Error).message}`);
  }
  return { source: dir, manifest, onnx: new Uint8Array(onnx.buffer, onnx.byteOffset, onnx.byteLength), tokenizerJson };
}

function readFile(dir: string, name: string): Buffer {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) throw new RuntimeError('model-missing', `${file} is missing from the model folder`);
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new RuntimeError('model-corrupt', `${file} cannot be read: ${(e as Error).message}`);
  }
}

function verify(dir: string, name: string, bytes: Buffer, manifest: Manifest): void {
  const expected = manifest.files?.[name]?.sha256;
  if (expected === undefined) return;
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== expected) {
    throw new RuntimeError(
      'model-corrupt',
      `${path.join(dir, name)} does not match manifest.json (sha256 ${actual.slice(0, 12)}…, expected ` +
        `${expected.slice(0, 12)}…): the file is damaged or belongs to another export`,
    );
  }
}

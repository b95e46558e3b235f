/**
 * Shared test inputs: golden vectors and the model folder. Both can be redirected with
 * environment variables (NDB_GOLDEN_DIR, NDB_MODEL_DIR) to run against another model, e.g.
 * the plumbing model while the shipped one is training.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ExceptionFilter, StopState } from '../../model-runtime/stop.js';
import type { Segment } from '../../model-runtime/format.js';
import { loadPredictor, type LoadOptions } from '../../model-runtime/node-load.js';
import type { Predictor } from '../../model-runtime/predictor.js';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface GoldenCase {
  name: string;
  format_version: number;
  source: string;
  call: string | null;
  breakpoints: number[];
  exception_filters: ExceptionFilter[];
  actions: string[];
  stops: (StopState & { line: number | null })[];
  segments: Segment[][];
  text: string;
  ids?: number[][];
}

export function goldenDir(): string {
  return process.env.NDB_GOLDEN_DIR ?? path.join(ROOT, 'test', 'golden');
}

export function goldenCases(): GoldenCase[] {
  const dir = goldenDir();
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'greedy.json')
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as GoldenCase);
}

export function modelDir(): string {
  return process.env.NDB_MODEL_DIR ?? path.join(ROOT, 'models', 'default');
}

/** The model folder, or a failure that says how to provide one (never a silent skip). */
export function requireModelDir(): string {
  const dir = modelDir();
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(
      `no model at ${dir}: these tests need the shipped model (models/default: model.onnx, tokenizer.json, ` +
        'manifest.json) or NDB_MODEL_DIR pointing at another exported model',
    );
  }
  return dir;
}

/** The tokenizer.json of the model under test. */
export function modelTokenizerJson(): object {
  return JSON.parse(fs.readFileSync(path.join(requireModelDir(), 'tokenizer.json'), 'utf8')) as object;
}

/** A predictor on the model under test (fails clearly when there is none). */
export async function testPredictor(options: Omit<LoadOptions, 'modelDir'> = {}): Promise<Predictor> {
  return loadPredictor({ ...options, modelDir: requireModelDir() });
}

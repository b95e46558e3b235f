/**
 * Parity with Python: greedy tokens of the TS runtime (onnxruntime-web, caller-kept cache)
 * equal those of training/greedy_ref.py (Python onnxruntime) on the golden prompts.
 * Reference: $NDB_GREEDY_REF, default test/golden/greedy.json for models/default.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readModelFolder } from '../../model-runtime/model-files.js';
import { StepModel } from '../../model-runtime/step-model.js';
import { EOS, specialId } from '../../model-runtime/format.js';
import { ROOT, requireModelDir } from './helpers.js';

interface GreedyRef {
  model_sha256: string;
  tokens: number;
  items: { case: string; part: number; prompt: number[]; greedy: number[] }[];
}

function reference(modelDir: string): GreedyRef {
  const file = process.env.NDB_GREEDY_REF ?? path.join(ROOT, 'test', 'golden', 'greedy.json');
  if (!fs.existsSync(file)) {
    throw new Error(`no greedy reference at ${file}: run python -m training.greedy_ref --model ${modelDir} --out ${file}`);
  }
  const ref = JSON.parse(fs.readFileSync(file, 'utf8')) as GreedyRef;
  const sha = createHash('sha256').update(fs.readFileSync(path.join(modelDir, 'model.onnx'))).digest('hex');
  if (ref.model_sha256 !== sha) throw new Error(`${file} was made for another model.onnx: regenerate it`);
  return ref;
}

async function greedy(model: StepModel, prompt: number[], n: number): Promise<number[]> {
  const cache = model.newCache();
  let logits = await model.run(prompt, cache);
  const out: number[] = [];
  while (out.length < n) {
    const row = logits.subarray(logits.length - model.vocab);
    let best = 0;
    for (let j = 1; j < row.length; j++) if (row[j]! > row[best]!) best = j;
    out.push(best);
    if (best === specialId(EOS)) break;
    logits = await model.run([best], cache);
  }
  return out;
}

describe('greedy parity with Python onnxruntime', () => {
  let model: StepModel;
  let ref: GreedyRef;
  beforeAll(async () => {
    const dir = requireModelDir();
    ref = reference(dir);
    const files = readModelFolder(dir);
    model = await StepModel.create(files.onnx, files.manifest);
  });

  it('gives the same greedy tokens on every golden prompt', async () => {
    const mismatches: string[] = [];
    for (const item of ref.items) {
      const ours = await greedy(model, item.prompt, ref.tokens);
      if (JSON.stringify(ours) !== JSON.stringify(item.greedy)) {
        mismatches.push(`${item.case}#${item.part}: ${JSON.stringify(ours)} vs ${JSON.stringify(item.greedy)}`);
      }
    }
    expect(ref.items.length).toBeGreaterThan(0);
    expect(mismatches).toEqual([]);
  });
});

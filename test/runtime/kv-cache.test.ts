/**
 * The caller-kept cache in place (append, truncate, prefix copies) gives the logits of
 * running the sequence afresh. An int8 model quantizes activations with one scale per run,
 * so only runs cut into the same chunks are bit-identical; token by token vs one prefill
 * differs slightly (same argmax).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readModelFolder } from '../../model-runtime/model-files.js';
import { StepModel } from '../../model-runtime/step-model.js';
import { requireModelDir } from './helpers.js';

const seq = (n: number, seed: number): number[] => Array.from({ length: n }, (_, i) => 30 + ((i * 37 + seed * 11) % 400));

function argmax(a: Float32Array): number {
  let best = 0;
  for (let i = 1; i < a.length; i++) if (a[i]! > a[best]!) best = i;
  return best;
}

function maxDiff(a: Float32Array, b: Float32Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

describe('KV cache', () => {
  let model: StepModel;
  const last = (logits: Float32Array): Float32Array => logits.slice(logits.length - model.vocab);
  const full = async (ids: number[]): Promise<Float32Array> => last(await model.run(ids, model.newCache()));
  const chunks = async (parts: number[][]): Promise<Float32Array> => {
    const cache = model.newCache();
    let logits: Float32Array = new Float32Array();
    for (const p of parts) logits = last(await model.run(p, cache));
    return logits;
  };

  beforeAll(async () => {
    const files = readModelFolder(requireModelDir());
    model = await StepModel.create(files.onnx, files.manifest);
  });

  it('token by token matches one prefill', async () => {
    const a = seq(40, 1);
    const b = seq(6, 2);
    const cache = model.newCache();
    await model.run(a, cache);
    let logits: Float32Array = new Float32Array();
    for (const id of b) logits = last(await model.run([id], cache));
    expect(cache.length).toBe(46);
    const reference = await full([...a, ...b]);
    expect(maxDiff(logits, reference)).toBeLessThan(0.1);
    expect(argmax(logits)).toBe(argmax(reference));
  });

  it('truncating and appending equals a prefill of the new sequence', async () => {
    const a = seq(30, 3);
    const c = seq(5, 5);
    const cache = model.newCache();
    await model.run(a, cache);
    await model.run(seq(12, 4), cache);
    cache.truncate(30);
    const logits = last(await model.run(c, cache));
    expect(maxDiff(logits, await chunks([a, c]))).toBeLessThan(1e-5);
  });

  it('a prefix copy continues like the original', async () => {
    const a = seq(25, 6);
    const source = model.newCache();
    await model.run(a, source);
    await model.run(seq(9, 7), source);
    const copy = model.newCache();
    copy.copyPrefixFrom(source.slice(25), 25);
    const logits = last(await model.run(seq(3, 8), copy));
    expect(maxDiff(logits, await chunks([a, seq(3, 8)]))).toBeLessThan(1e-5);
  });
});

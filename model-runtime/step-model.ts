/**
 * The exported GPT step graph (training/model.py GPTStep) in onnxruntime: input ids plus the
 * past keys/values in, logits plus only the new keys/values out. One graph serves prefill
 * (many tokens) and decode (one token); positions are implicit (P..P+T-1).
 */
import * as ortWeb from 'onnxruntime-web';
import type { InferenceSession, Tensor } from 'onnxruntime-web';
import { RuntimeError } from './errors.js';
import { KvCache } from './kv-cache.js';
import type { Manifest } from './manifest.js';

/** The part of an onnxruntime module the runtime uses: onnxruntime-web by default;
 * onnxruntime-node fits too (the benchmarks compare the two). */
export interface OrtBackend {
  InferenceSession: { create(model: Uint8Array, options?: InferenceSession.SessionOptions): Promise<InferenceSession> };
  Tensor: typeof Tensor;
}

export interface StepModelOptions {
  backend?: OrtBackend;
  /** Execution providers in order of preference; default: webgpu where `navigator.gpu`
   * exists (browser / webview), else wasm. */
  executionProviders?: string[];
  /** Where the model came from, for messages. */
  source?: string;
  /** Threads of a native backend (onnxruntime-node); wasm threads are set process-wide (ort-env.ts). */
  intraOpThreads?: number;
}

export class StepModel {
  readonly layers: number;
  readonly heads: number;
  readonly headDim: number;
  readonly vocab: number;
  readonly ctx: number;
  private readonly pastNames: string[];
  private readonly newNames: string[];
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly session: InferenceSession,
    private readonly ort: OrtBackend,
    manifest: Manifest,
  ) {
    const a = manifest.architecture;
    this.layers = a.n_layer;
    this.heads = a.n_head;
    this.headDim = a.head_dim;
    this.vocab = a.vocab;
    this.ctx = manifest.context.ctx;
    this.pastNames = a.onnx_io.inputs.slice(1);
    this.newNames = a.onnx_io.outputs.slice(1);
  }

  static async create(onnx: Uint8Array, manifest: Manifest, options: StepModelOptions = {}): Promise<StepModel> {
    const ort = options.backend ?? ortWeb;
    const where = options.source ? `${options.source}/model.onnx` : 'model.onnx';
    let session: InferenceSession;
    try {
      session = await ort.InferenceSession.create(onnx, {
        executionProviders: options.executionProviders ?? defaultProviders(),
        graphOptimizationLevel: 'all',
        ...(options.intraOpThreads !== undefined ? { intraOpNumThreads: options.intraOpThreads } : {}),
      });
    } catch (e) {
      throw new RuntimeError('model-corrupt', `${where} cannot be loaded by onnxruntime: ${(e as Error).message}`);
    }
    const io = manifest.architecture.onnx_io;
    const expected = JSON.stringify([io.inputs, io.outputs]);
    const actual = JSON.stringify([session.inputNames, session.outputNames]);
    if (expected !== actual || io.inputs.length !== 1 + 2 * manifest.architecture.n_layer) {
      throw new RuntimeError('model-corrupt', `${where} has inputs/outputs ${actual}, manifest.json says ${expected}`);
    }
    return new StepModel(session, ort, manifest);
  }

  newCache(capacity = this.ctx): KvCache {
    return new KvCache(2 * this.layers, this.heads, this.headDim, capacity);
  }

  /** Run `ids` after the cached tokens; appends their keys/values to `cache` and returns the
   * logits of every new position ([T, vocab], row-major). Calls are serialized: sessions that
   * share the model (adapter, language server) interleave by run, never inside one. */
  run(ids: readonly number[], cache: KvCache): Promise<Float32Array> {
    const result = this.queue.then(yieldToEventLoop).then(() => this.runNow(ids, cache));
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async runNow(ids: readonly number[], cache: KvCache): Promise<Float32Array> {
    const T = ids.length;
    const P = cache.length;
    const { Tensor: OrtTensor } = this.ort;
    const feeds: Record<string, Tensor> = {
      input_ids: new OrtTensor('int64', BigInt64Array.from(ids, (x) => BigInt(x)), [1, T]),
    };
    this.pastNames.forEach((name, i) => {
      feeds[name] = new OrtTensor('float32', cache.past(i), [1, this.heads, P, this.headDim]);
    });
    const out = await this.session.run(feeds);
    cache.append(this.newNames.map((name) => out[name]!.data as Float32Array), T);
    return out.logits!.data as Float32Array;
  }

  /**
   * V8 compiles onnxruntime's wasm lazily, and the first run of a larger shape grows the wasm
   * memory: first calls are many times slower than later ones. At load, run one header-sized
   * prefill (the largest run a session makes), a snapshot-sized one, and decode steps at a
   * realistic cache length, so the first user step is fast.
   */
  async warmUp(decodeSteps = 24): Promise<void> {
    const ids = (n: number): number[] => Array.from({ length: n }, (_, i) => (i * 7 + 30) % this.vocab);
    const cache = this.newCache();
    const large = Math.max(1, Math.min(384, this.ctx - decodeSteps - 40));
    await this.run(ids(large), cache);
    for (let i = 0; i < decodeSteps; i++) await this.run([(i * 13 + 30) % this.vocab], cache);
    await this.run(ids(32), cache);
  }

  async dispose(): Promise<void> {
    await this.session.release();
  }
}

/**
 * A run is synchronous wasm work and awaiting it only queues microtasks, so a prediction of
 * many runs would starve the event loop: no I/O (a DAP pause request, a UI message) until it
 * ends, which freezes a host running the adapter inline. Every YIELD_MS, a run first lets
 * the event loop turn once.
 */
const YIELD_MS = 15;
let lastYield = 0;

function yieldToEventLoop(): Promise<void> | void {
  const now = performance.now();
  if (now - lastYield < YIELD_MS) return;
  lastYield = now;
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}

function defaultProviders(): string[] {
  const nav = (globalThis as { navigator?: { gpu?: unknown } }).navigator;
  return nav?.gpu ? ['webgpu', 'wasm'] : ['wasm'];
}

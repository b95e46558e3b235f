/**
 * Model runtime benchmarks (figures, not timed tests): `npm run bench [-- --json] [-- --model DIR]`.
 *
 * - load: model session + warm-up, in a fresh process (the first load compiles the wasm)
 * - decode ms/token and prefill, onnxruntime-web (wasm) and onnxruntime-node on the same model
 * - ms per debugger step over examples/*.py (step_over / step_into sequences), both backends
 * - a long program (examples/inventory.py, ~150 lines) vs a short one (examples/classroom.py)
 * - constrained decoding: cost, and one-step accuracy from the true previous stop on the
 *   golden vectors (constrained, constrained without forcing, plain greedy)
 * - RSS
 * Targets for the shipped model: median step <= 30 ms, wasm/native <= 1.5, load <= 1.5 s,
 * long/short <= 1.3.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ortNode from 'onnxruntime-node';
import { parseStop, toStopState, type FrameView } from '../model-runtime/codec.js';
import { RuntimeError } from '../model-runtime/errors.js';
import { readModelFolder } from '../model-runtime/model-files.js';
import { defaultModelDir, loadPredictor } from '../model-runtime/node-load.js';
import type { Predictor, PredictorOptions } from '../model-runtime/predictor.js';
import type { PredictedStop } from '../model-runtime/session.js';
import { StepModel, type OrtBackend } from '../model-runtime/step-model.js';
import type { Action, ExceptionFilter, StopState } from '../model-runtime/stop.js';

const ROOT = process.cwd(); // npm runs scripts at the package root
const args = process.argv.slice(2);
const JSON_OUT = args.includes('--json');
const flag = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const MODEL_DIR = flag('model') ?? defaultModelDir();
const NODE_BACKEND = ortNode as unknown as OrtBackend;

// ----------------------------------------------------------------------------- statistics
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
}
const median = (xs: number[]): number => quantile(xs, 0.5);
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const round = (x: number, digits = 2): number => Number(x.toFixed(digits));
const mb = (bytes: number): number => round(bytes / 2 ** 20, 1);

// ----------------------------------------------------------------------------- raw decoding
async function decodeFigures(backend: 'wasm' | 'node') {
  const files = readModelFolder(MODEL_DIR);
  let t = performance.now();
  const model = await StepModel.create(files.onnx, files.manifest, {
    ...(backend === 'node' ? { backend: NODE_BACKEND, executionProviders: ['cpu'], intraOpThreads: 1 } : {}),
  });
  const createMs = performance.now() - t;
  t = performance.now();
  await model.warmUp();
  const warmUpMs = performance.now() - t;
  const ids = (n: number, seed: number): number[] => Array.from({ length: n }, (_, i) => 30 + ((i * 7 + seed) % 600));
  const prefill: number[] = [];
  const perToken: number[] = [];
  for (let rep = 0; rep < 5; rep++) {
    const cache = model.newCache();
    t = performance.now();
    await model.run(ids(300, rep), cache);
    prefill.push(performance.now() - t);
    for (let i = 0; i < 40; i++) {
      t = performance.now();
      await model.run([40 + i], cache);
      perToken.push(performance.now() - t);
    }
  }
  await model.dispose();
  return {
    createMs: round(createMs, 0),
    warmUpMs: round(warmUpMs, 0),
    prefill300Ms: round(median(prefill)),
    msPerToken: round(median(perToken), 3),
    p95MsPerToken: round(quantile(perToken, 0.95), 3),
  };
}

// ----------------------------------------------------------------------------- steps
const SEQUENCES: Action[][] = [
  Array(10).fill('step_over'),
  Array(10).fill('step_into'),
  ['step_into', 'step_over', 'step_into', 'step_into', 'step_out', 'step_over', 'step_into', 'step_over', 'continue'],
];

interface StepSample {
  ms: number;
  tokens: number;
  openedWindow: boolean;
}

async function stepSamples(predictor: Predictor, source: string): Promise<StepSample[]> {
  const samples: StepSample[] = [];
  for (const seq of SEQUENCES) {
    try {
      const session = await predictor.open({ source });
      for (const action of seq) {
        if (session.current.stop.kind === 'exit') break;
        const s = await session.step(action);
        samples.push({ ms: s.ms, tokens: s.tokens, openedWindow: s.openedWindow });
      }
    } catch (e) {
      // an untrained model may ramble past the stop budget or the context: no more samples here
      if (!(e instanceof RuntimeError && (e.code === 'stop-too-long' || e.code === 'context-overflow'))) throw e;
    }
  }
  return samples;
}

function stepFigures(samples: StepSample[]) {
  const ms = samples.map((s) => s.ms);
  const tokens = sum(samples.map((s) => s.tokens));
  return {
    steps: samples.length,
    medianMs: round(median(ms)),
    p95Ms: round(quantile(ms, 0.95)),
    tokensPerStep: round(tokens / samples.length, 1),
    msPerToken: round(sum(ms) / tokens, 3),
    newWindowShare: round(samples.filter((s) => s.openedWindow).length / samples.length),
    // steps that continued their window: the cost of a step without any prefill
    continuedMsPerToken: round(median(samples.filter((s) => !s.openedWindow).map((s) => s.ms / s.tokens)), 3),
  };
}

async function stepsOverExamples(predictor: Predictor) {
  const all: StepSample[] = [];
  const perExample: Record<string, ReturnType<typeof stepFigures>> = {};
  for (const ex of examples()) {
    const samples = await stepSamples(predictor, ex.source);
    perExample[ex.name] = stepFigures(samples);
    all.push(...samples);
  }
  return { all, perExample };
}

function examples(): { name: string; source: string }[] {
  const dir = path.join(ROOT, 'examples');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => ({ name: f, source: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

// ----------------------------------------------------------------------------- accuracy
interface GoldenCase {
  name: string;
  source: string;
  call: string | null;
  breakpoints: number[];
  exception_filters: ExceptionFilter[];
  actions: Action[];
  segments: string[][];
}

/** One-step accuracy from the true previous stop (golden vectors). */
async function accuracy(predictor: Predictor) {
  const dir = path.join(ROOT, 'test', 'golden');
  const cases = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'greedy.json')
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as GoldenCase);
  let exact = 0;
  let line = 0;
  let noStop = 0; // malformed (unconstrained only), too long, or past the context
  let n = 0;
  const ms: number[] = [];
  for (const c of cases) {
    const spec = { source: c.source, call: c.call ?? undefined, breakpoints: c.breakpoints, exceptionFilters: c.exception_filters };
    const truth: StopState[] = [];
    let frames: FrameView[] = [];
    let key = 0;
    for (const segs of c.segments.slice(1)) {
      const parsed = parseStop(segs.slice(1), frames, () => key++);
      truth.push(toStopState(parsed));
      frames = parsed.frames;
    }
    for (let k = 0; k < truth.length; k++) {
      n++;
      let predicted: PredictedStop;
      try {
        if (k === 0) predicted = (await predictor.open(spec)).current;
        else predicted = await (await predictor.openAt(spec, truth[k - 1]!)).step(c.actions[k - 1]!);
      } catch (e) {
        if (e instanceof RuntimeError && ['malformed-stop', 'stop-too-long', 'context-overflow'].includes(e.code)) {
          noStop++;
          continue;
        }
        throw e;
      }
      ms.push(predicted.ms);
      if (JSON.stringify(predicted.stop) === JSON.stringify(truth[k])) exact++;
      if (predicted.stop.stack.at(-1)?.line === truth[k]!.stack.at(-1)?.line) line++;
    }
  }
  return { stops: n, exact: round(exact / n, 3), topLine: round(line / n, 3), noStop: round(noStop / n, 3), medianMs: round(median(ms)) };
}

// ----------------------------------------------------------------------------- main
async function main(): Promise<void> {
  const manifest = JSON.parse(fs.readFileSync(path.join(MODEL_DIR, 'manifest.json'), 'utf8'));
  const a = manifest.architecture;
  const t0 = performance.now();
  const predictor = await loadPredictor({ modelDir: MODEL_DIR });
  const loadMs = performance.now() - t0;
  const rssAfterLoad = process.memoryUsage().rss;

  const wasm = await decodeFigures('wasm');
  const native = await decodeFigures('node');

  const { all, perExample } = await stepsOverExamples(predictor);
  const nodePredictor = await loadPredictor({ modelDir: MODEL_DIR, backend: NODE_BACKEND, executionProviders: ['cpu'], intraOpThreads: 1 });
  const nodeSteps = stepFigures((await stepsOverExamples(nodePredictor)).all);
  const long = perExample['inventory.py'];
  const short = perExample['classroom.py'];

  const accuracyOf = async (options: PredictorOptions) =>
    accuracy(await loadPredictor({ modelDir: MODEL_DIR, warmUp: false, ...options }));
  const constrained = await accuracy(predictor);
  const noForcing = await accuracyOf({ forcing: false });
  const unconstrained = await accuracyOf({ constrained: false });
  const rssEnd = process.memoryUsage().rss;

  const figures = {
    model: { dir: MODEL_DIR, d: a.d, layers: a.n_layer, heads: a.n_head, vocab: a.vocab, weights: manifest.weights, parameters: a.parameters },
    loadMs: round(loadMs, 0),
    // 1-minute load average of the machine at the end: timings are only comparable at similar load
    loadAverage: round(os.loadavg()[0]!, 1),
    cpus: os.cpus().length,
    decode: { wasm, node: native, wasmOverNode: round(wasm.msPerToken / native.msPerToken) },
    steps: { wasm: stepFigures(all), node: nodeSteps, wasmOverNode: round(median(all.map((s) => s.ms)) / nodeSteps.medianMs), perExample },
    longVsShort:
      long && short
        ? {
            stepRatio: round(long.medianMs / short.medianMs),
            msPerTokenRatio: round(long.msPerToken / short.msPerToken),
            continuedMsPerTokenRatio: round(long.continuedMsPerToken / short.continuedMsPerToken),
          }
        : null,
    constrainedDecoding: { constrained, noForcing, unconstrained },
    rssMb: { afterLoad: mb(rssAfterLoad), end: mb(rssEnd) },
  };
  if (JSON_OUT) process.stdout.write(`${JSON.stringify(figures, null, 1)}\n`);
  else printTable(figures);
  process.exit(0); // onnxruntime worker threads would keep the process alive
}

function printTable(f: any): void {
  const rows: [string, string][] = [
    ['model', `${f.model.dir} (d${f.model.d}, ${f.model.layers} layers, ${f.model.heads} heads, vocab ${f.model.vocab}, ${f.model.weights})`],
    ['machine', `${f.cpus} CPUs, load average ${f.loadAverage} (timings inflate under load)`],
    ['load (session + warm-up)', `${f.loadMs} ms   [target <= 1500]; a second session: create ${f.decode.wasm.createMs} ms, warm-up ${f.decode.wasm.warmUpMs} ms`],
    ['decode ms/token @P~300', `wasm ${f.decode.wasm.msPerToken} (p95 ${f.decode.wasm.p95MsPerToken}) | node ${f.decode.node.msPerToken} | wasm/node ${f.decode.wasmOverNode}   [target <= 1.5]`],
    ['prefill 300 tokens', `wasm ${f.decode.wasm.prefill300Ms} ms | node ${f.decode.node.prefill300Ms} ms`],
    ['step, examples/*.py', `median ${f.steps.wasm.medianMs} ms, p95 ${f.steps.wasm.p95Ms} ms, ${f.steps.wasm.tokensPerStep} tokens/step   [target median <= 30]`],
    ['step, node backend', `median ${f.steps.node.medianMs} ms | wasm/node ${f.steps.wasmOverNode}`],
    ...Object.entries(f.steps.perExample).map(([name, s]: [string, any]): [string, string] => [
      `  ${name}`,
      `median ${s.medianMs} ms, p95 ${s.p95Ms} ms, ${s.tokensPerStep} tokens/step, ${s.msPerToken} ms/token, new window ${s.newWindowShare}`,
    ]),
    [
      'long/short (inventory/classroom)',
      f.longVsShort
        ? `step ${f.longVsShort.stepRatio}, per token ${f.longVsShort.msPerTokenRatio}, per token without new window ${f.longVsShort.continuedMsPerTokenRatio}   [target <= 1.3]`
        : 'n/a',
    ],
    ...(['constrained', 'noForcing', 'unconstrained'] as const).map((k): [string, string] => {
      const c = f.constrainedDecoding[k];
      return [`golden one-step, ${k}`, `exact ${c.exact}, top line ${c.topLine}, no stop (malformed/too long) ${c.noStop}, median ${c.medianMs} ms (${c.stops} stops)`];
    }),
    ['RSS', `${f.rssMb.afterLoad} MB after load, ${f.rssMb.end} MB at the end`],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v] of rows) process.stdout.write(`${k.padEnd(w)}  ${v}\n`);
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});

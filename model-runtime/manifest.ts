/**
 * manifest.json of an exported model (training/export.py): validated field by field so a
 * broken or foreign model fails at load with a message naming the field.
 */
import { RuntimeError } from './errors.js';
import { FORMAT_VERSION, SPECIAL_TOKENS } from './format.js';

export interface Manifest {
  name: string;
  format_version: number;
  architecture: {
    vocab: number;
    ctx: number;
    d: number;
    n_layer: number;
    n_head: number;
    head_dim: number;
    onnx_io: { inputs: string[]; outputs: string[] };
  };
  weights?: string;
  context: { ctx: number; max_header: number };
  special_tokens: Record<string, number>;
  files?: Record<string, { sha256: string; bytes: number }>;
}

/** A model's parts, read from a folder (model-files.ts) or fetched (browser / webview). */
export interface ModelFiles {
  /** Where the files came from, for messages. */
  source: string;
  manifest: Manifest;
  onnx: Uint8Array;
  tokenizerJson: object;
}

/** Parse and check manifest.json's text. */
export function parseManifest(text: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new RuntimeError('manifest-invalid', `manifest.json is not valid JSON: ${(e as Error).message}`);
  }
  const m = raw as Manifest;
  const version = field(m, 'format_version');
  if (version !== FORMAT_VERSION) {
    throw new RuntimeError(
      'manifest-version',
      `manifest.json: the model speaks trace format version ${String(version)}, this runtime implements ` +
        `version ${FORMAT_VERSION}; use a model exported for format ${FORMAT_VERSION} or a matching runtime`,
    );
  }
  for (const key of ['vocab', 'ctx', 'd', 'n_layer', 'n_head', 'head_dim'] as const) {
    positiveInt(field(field(m, 'architecture'), key), `architecture.${key}`);
  }
  const io = field(m.architecture, 'onnx_io');
  if (!Array.isArray(io.inputs) || !Array.isArray(io.outputs)) invalid('architecture.onnx_io needs inputs and outputs');
  positiveInt(field(field(m, 'context'), 'ctx'), 'context.ctx');
  positiveInt(field(m.context, 'max_header'), 'context.max_header');
  const special = field(m, 'special_tokens');
  SPECIAL_TOKENS.forEach((token, id) => {
    if (special[token] !== id) {
      throw new RuntimeError(
        'tokenizer-mismatch',
        `manifest.json: special token ${token} has id ${String(special[token])}, trace format ` +
          `${FORMAT_VERSION} needs ${id}`,
      );
    }
  });
  return m;
}

function field<T extends object, K extends keyof T>(obj: T, key: K): T[K] {
  const v = obj?.[key];
  if (v === undefined || v === null) invalid(`missing field "${String(key)}"`);
  return v;
}

function positiveInt(v: unknown, name: string): void {
  if (!Number.isInteger(v) || (v as number) <= 0) invalid(`${name} must be a positive integer, got ${String(v)}`);
}

function invalid(what: string): never {
  throw new RuntimeError('manifest-invalid', `manifest.json: ${what}`);
}

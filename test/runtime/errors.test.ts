/** Each broken model folder fails at load with the documented code and a message naming the file. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RuntimeError } from '../../model-runtime/errors.js';
import { loadPredictor } from '../../model-runtime/node-load.js';
import { requireModelDir } from './helpers.js';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ndb-errors-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A copy of the model folder, changed by `edit`. */
function brokenCopy(name: string, edit: (dir: string) => void): string {
  const dir = path.join(scratch, name);
  fs.cpSync(requireModelDir(), dir, { recursive: true });
  edit(dir);
  return dir;
}

function editJson(file: string, edit: (json: any) => void): void {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  edit(json);
  fs.writeFileSync(file, JSON.stringify(json));
}

async function loadError(dir: string, verify = true): Promise<RuntimeError> {
  try {
    await loadPredictor({ modelDir: dir, verify, warmUp: false });
  } catch (e) {
    expect(e).toBeInstanceOf(RuntimeError);
    return e as RuntimeError;
  }
  throw new Error(`loading ${dir} should have failed`);
}

describe('model loading errors', () => {
  it('a missing model folder', async () => {
    const e = await loadError(path.join(scratch, 'nowhere'));
    expect(e.code).toBe('model-missing');
    expect(e.message).toMatch(/nowhere does not exist: it should hold model.onnx, tokenizer.json and manifest.json/);
  });

  it('a missing file', async () => {
    const e = await loadError(brokenCopy('no-onnx', (d) => fs.rmSync(path.join(d, 'model.onnx'))));
    expect(e.code).toBe('model-missing');
    expect(e.message).toMatch(/no-onnx\/model.onnx is missing from the model folder/);
  });

  it('a damaged model.onnx fails its checksum', async () => {
    const dir = brokenCopy('damaged', (d) => fs.appendFileSync(path.join(d, 'model.onnx'), 'x'));
    const e = await loadError(dir);
    expect(e.code).toBe('model-corrupt');
    expect(e.message).toMatch(/damaged\/model.onnx does not match manifest.json \(sha256/);
  });

  it('a model.onnx onnxruntime cannot read', async () => {
    const dir = brokenCopy('garbage', (d) => fs.writeFileSync(path.join(d, 'model.onnx'), 'not an onnx model'));
    const e = await loadError(dir, false);
    expect(e.code).toBe('model-corrupt');
    expect(e.message).toMatch(/garbage\/model.onnx cannot be loaded by onnxruntime/);
  });

  it('a manifest of another format version', async () => {
    const dir = brokenCopy('v2', (d) => editJson(path.join(d, 'manifest.json'), (m) => (m.format_version = 2)));
    const e = await loadError(dir);
    expect(e.code).toBe('manifest-version');
    expect(e.message).toMatch(/manifest.json: the model speaks trace format version 2, this runtime implements version 1/);
  });

  it('a manifest that is not JSON', async () => {
    const e = await loadError(brokenCopy('bad-json', (d) => fs.writeFileSync(path.join(d, 'manifest.json'), '{')));
    expect(e.code).toBe('manifest-invalid');
    expect(e.message).toMatch(/manifest.json is not valid JSON/);
  });

  it('a tokenizer whose special token ids differ from the manifest', async () => {
    const dir = brokenCopy('tok', (d) =>
      editJson(path.join(d, 'tokenizer.json'), (t) => {
        // swap the ids of <|eos|> and <|f|>
        const eos = t.added_tokens.find((a: any) => a.content === '<|eos|>');
        const f = t.added_tokens.find((a: any) => a.content === '<|f|>');
        [eos.id, f.id] = [f.id, eos.id];
        [t.model.vocab['<|eos|>'], t.model.vocab['<|f|>']] = [t.model.vocab['<|f|>'], t.model.vocab['<|eos|>']];
      }),
    );
    const e = await loadError(dir, false);
    expect(e.code).toBe('tokenizer-mismatch');
    expect(e.message).toMatch(/tok\/tokenizer.json: special token <\|f\|> has id 25, manifest.json says 24/);
  });

  it('a manifest whose special tokens differ from the codec', async () => {
    const dir = brokenCopy('special', (d) =>
      editJson(path.join(d, 'manifest.json'), (m) => (m.special_tokens['<|eos|>'] = 3)),
    );
    const e = await loadError(dir);
    expect(e.code).toBe('tokenizer-mismatch');
    expect(e.message).toMatch(/manifest.json: special token <\|eos\|> has id 3, trace format 1 needs 25/);
  });
});

// Interpreter choice and the bundle it runs, with real interpreters.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InterpreterError } from '../../adapter/debugpy/errors';
import { MIN_PYTHON, resolveInterpreter } from '../../adapter/debugpy/interpreter';
import { PYTHON, ROOT } from './helpers';

// An interpreter older than the minimum, when this machine has one (pyenv).
const OLD_PYTHON = ['3.9.18', '3.8.18']
  .map((v) => `/root/.pyenv/versions/${v}/bin/python`)
  .find((p) => existsSync(p));

describe('interpreter', () => {
  it('prefers the launch configuration, then the Python extension, then python3', async () => {
    const configured = await resolveInterpreter({ configured: PYTHON, fromExtension: '/nowhere/python' });
    expect(configured.path).toBe(PYTHON);
    expect(configured.version[0]).toBe(3);
    const fromExtension = await resolveInterpreter({ fromExtension: PYTHON });
    expect(fromExtension.executable).toBe(configured.executable);
    const onPath = await resolveInterpreter();
    expect(onPath.path).toBe('python3');
  });

  it('names a missing interpreter and where it came from', async () => {
    const error = await resolveInterpreter({ configured: '/nowhere/python3' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InterpreterError);
    expect((error as Error).message).toMatch(/not found: \/nowhere\/python3 \(from the launch configuration/);
  });

  it.runIf(OLD_PYTHON)('refuses an interpreter older than the bundled debugpy supports', async () => {
    const error = await resolveInterpreter({ fromExtension: OLD_PYTHON }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InterpreterError);
    expect((error as Error).message).toContain(`at ${OLD_PYTHON} (from the Python extension) is too old`);
  });

  it('uses the minimum version the bundled debugpy declares', () => {
    const metadata = readFileSync(join(ROOT, 'bundled', 'libs', 'debugpy-1.8.22.dist-info', 'METADATA'), 'utf8');
    expect(metadata).toMatch(new RegExp(`^Requires-Python: >=${MIN_PYTHON.join('\\.')}$`, 'm'));
  });

  it('bundles the canonicalizer of training/ unchanged (run scripts/setup.sh after changing it)', () => {
    const bundled = readFileSync(join(ROOT, 'bundled', 'python', 'ndb_canon.py'), 'utf8');
    expect(bundled).toBe(readFileSync(join(ROOT, 'training', 'canon.py'), 'utf8'));
  });
});

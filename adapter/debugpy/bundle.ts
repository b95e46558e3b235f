/**
 * Locates `bundled/` (made by scripts/setup.sh): the pinned debugpy in `bundled/libs` and
 * the debuggee-side helpers in `bundled/python`. By default it is searched upward from this
 * module, which finds it both from the sources (adapter/debugpy/) and from a bundle (dist/).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DebugpyError } from './errors';

export interface BundlePaths {
  /** debugpy's adapter package directory: run it as `PYTHON <adapterDir>`. */
  adapterDir: string;
  /** Directory of ndb_canon.py, ndb_probe.py and ndb_watchdog.py. */
  pythonDir: string;
}

export function bundlePaths(bundledDir?: string): BundlePaths {
  const root = bundledDir ?? findUpward(__dirname);
  const paths = { adapterDir: join(root, 'libs', 'debugpy', 'adapter'), pythonDir: join(root, 'python') };
  for (const needed of [paths.adapterDir, join(paths.pythonDir, 'ndb_probe.py')]) {
    if (!existsSync(needed)) {
      throw new DebugpyError(`bundled debugpy is incomplete: ${needed} is missing (run scripts/setup.sh)`);
    }
  }
  return paths;
}

function findUpward(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'bundled');
    if (existsSync(join(candidate, 'libs', 'debugpy'))) return candidate;
    if (dirname(dir) === dir) {
      throw new DebugpyError(`bundled debugpy not found in any parent of ${start} (run scripts/setup.sh)`);
    }
  }
}

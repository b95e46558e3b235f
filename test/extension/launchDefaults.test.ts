import { describe, expect, it } from 'vitest';
import { completeLaunch, type LaunchContext } from '../../extension/launchDefaults';
import { UNTRUSTED_COMPARE_MESSAGE } from '../../extension/trustMessage';

const ctx: LaunchContext = { activeLanguage: 'python', hasFolder: true, trusted: true, modelPath: undefined, pythonPath: undefined, resync: 'onDivergence' };

describe('completeLaunch', () => {
  it('F5 without a launch.json on a Python file debugs it in neural mode, stopping on entry', () => {
    expect(completeLaunch({}, ctx)).toEqual({
      config: { type: 'neural-python', request: 'launch', name: 'Neural: Current File', program: '${file}', mode: 'neural', stopOnEntry: true, cwd: '${workspaceFolder}' },
    });
  });

  it('refuses F5 without a launch.json when the active file is not Python', () => {
    expect(completeLaunch({}, { ...ctx, activeLanguage: 'markdown' })).toEqual({ error: expect.stringContaining('Python file') });
  });

  it('keeps what the configuration says and fills the rest from the settings', () => {
    const r = completeLaunch(
      { type: 'neural-python', request: 'launch', name: 'x', program: 'a.py', mode: 'compare', stopOnEntry: false, python: '/py' },
      { ...ctx, modelPath: '/models/m', pythonPath: '/other', resync: 'always' },
    );
    expect(r).toEqual({
      config: { type: 'neural-python', request: 'launch', name: 'x', program: 'a.py', mode: 'compare', stopOnEntry: false, python: '/py', cwd: '${workspaceFolder}', model: '/models/m', resync: 'always' },
    });
  });

  it('gives no program to a configuration that names a module (debugpy: they exclude each other)', () => {
    const r = completeLaunch({ type: 'neural-python', request: 'launch', name: 'm', module: 'pkg.tool', mode: 'compare' }, ctx);
    expect('config' in r && 'program' in r.config).toBe(false);
  });

  it('gives compare mode the pythonPath setting when the configuration names no interpreter', () => {
    const r = completeLaunch({ type: 'neural-python', request: 'launch', name: 'c', mode: 'compare' }, { ...ctx, pythonPath: '/usr/bin/python3.12' });
    expect('config' in r && r.config.python).toBe('/usr/bin/python3.12');
  });

  it('neural mode takes no resync or python from the settings', () => {
    const r = completeLaunch({ type: 'neural-python', request: 'launch', name: 'n' }, { ...ctx, pythonPath: '/p' });
    expect('config' in r && 'python' in r.config).toBe(false);
    expect('config' in r && 'resync' in r.config).toBe(false);
  });

  it('refuses compare mode in an untrusted workspace, and allows neural mode there', () => {
    const untrusted = { ...ctx, trusted: false };
    expect(completeLaunch({ type: 'neural-python', request: 'launch', name: 'c', mode: 'compare' }, untrusted)).toEqual({ error: UNTRUSTED_COMPARE_MESSAGE });
    expect(completeLaunch({}, untrusted)).toHaveProperty('config.mode', 'neural');
  });
});

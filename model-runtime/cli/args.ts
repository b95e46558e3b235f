/** A minimal `--flag value` / `--switch` parser for the CLI (no dependency needed). */
export interface ParsedArgs {
  flags: Map<string, string>;
  switches: Set<string>;
  positional: string[];
}

/** `switchNames` are flags without a value (e.g. `json`). */
export function parseArgs(argv: readonly string[], switchNames: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { flags: new Map(), switches: new Set(), positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      out.positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (switchNames.includes(name)) out.switches.add(name);
    else if (inline !== undefined) out.flags.set(name, inline);
    else if (i + 1 < argv.length) out.flags.set(name, argv[++i]!);
    else throw new UsageError(`--${name} needs a value`);
  }
  return out;
}

export class UsageError extends Error {}

export function required(args: ParsedArgs, name: string): string {
  const v = args.flags.get(name);
  if (v === undefined) throw new UsageError(`missing --${name}`);
  return v;
}

export function intFlag(args: ParsedArgs, name: string): number | undefined {
  const v = args.flags.get(name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} must be a non-negative integer`);
  return n;
}

/**
 * File access for the adapter, injected by its host (as in vscode-mock-debug): the extension
 * passes one built on `vscode.workspace.fs` (remote and virtual workspaces work), the standalone
 * entry point one on Node's fs.
 */
import { readFile } from 'node:fs/promises';

export interface FileAccessor {
  readFile(path: string): Promise<Uint8Array>;
}

export const nodeFileAccessor: FileAccessor = {
  readFile: (path) => readFile(path),
};

/** A source file's text: UTF-8 (Python's default source encoding), byte order mark dropped. */
export function decodeSource(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

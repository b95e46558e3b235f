#!/usr/bin/env node
// Lists what a .vsix holds, with sizes: a summary by folder, then every file over a threshold.
// Usage: node scripts/vsix-contents.mjs FILE.vsix [--all]
// Reads the zip's central directory itself (no dependency): entry name, compressed and real size.
import * as fs from 'node:fs';

const [file, flag] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/vsix-contents.mjs FILE.vsix [--all]');
  process.exit(2);
}
const zip = fs.readFileSync(file);
const entries = centralDirectory(zip);
const kb = (n) => `${(n / 1024).toFixed(0).padStart(8)} KiB`;
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

const groups = new Map();
for (const e of entries) {
  const parts = e.name.split('/');
  // extension/bundled/libs/debugpy/... -> bundled/libs; extension/dist/x.js -> dist
  const key = parts[0] === 'extension' ? parts.slice(1, parts[1] === 'bundled' || parts[1] === 'models' ? 3 : 2).join('/') : parts[0];
  const g = groups.get(key) ?? { files: 0, size: 0, packed: 0 };
  g.files += 1;
  g.size += e.size;
  g.packed += e.packed;
  groups.set(key, g);
}
const total = entries.reduce((t, e) => ({ size: t.size + e.size, packed: t.packed + e.packed }), { size: 0, packed: 0 });
console.log(`${file}: ${mb(fs.statSync(file).size)} on disk, ${entries.length} files, ${mb(total.size)} unpacked`);
console.log('\n  files    unpacked      packed  folder');
for (const [key, g] of [...groups].sort((a, b) => b[1].packed - a[1].packed)) {
  console.log(`${String(g.files).padStart(7)} ${kb(g.size)} ${kb(g.packed)}  ${key}`);
}
const threshold = flag === '--all' ? 0 : 100 * 1024;
console.log(`\n${flag === '--all' ? 'every file' : 'files over 100 KiB'}:\n   unpacked      packed  path`);
for (const e of entries.filter((x) => x.size >= threshold).sort((a, b) => b.size - a.size)) {
  console.log(`${kb(e.size)} ${kb(e.packed)}  ${e.name}`);
}

function centralDirectory(buf) {
  // End of central directory record: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const out = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${n}`);
    const packed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    if (!name.endsWith('/')) out.push({ name, packed, size });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Files into one zip (stored, not deflated: PDFs and PNGs are compressed already); a repeated name gets "-2", "-3". */
import { zipSync, type Zippable } from 'fflate';

export function zipFiles(files: readonly { name: string; bytes: Uint8Array }[]): Uint8Array {
  const entries = new Map<string, Uint8Array>();
  for (const f of files) {
    let name = f.name;
    for (let n = 2; entries.has(name); n++) name = f.name.replace(/(\.[^.]*)?$/u, `-${n}$1`);
    entries.set(name, f.bytes);
  }
  const zippable: Zippable = Object.create(null) as Zippable;
  for (const [name, bytes] of entries) zippable[name] = [bytes, { level: 0 }];
  return zipSync(zippable);
}

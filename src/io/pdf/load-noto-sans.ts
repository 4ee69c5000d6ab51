/** Browser loader: fetch the bundled Noto Sans WOFF subsets (Vite turns the imports into asset URLs). */
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import viet400 from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url';
import viet700 from '@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff?url';
import { notoSansFontSet } from './pdf-fonts';
import type { PdfFontSet } from './pdf-fonts';

async function bytesOf(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`font ${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

export async function loadNotoSans(): Promise<PdfFontSet> {
  const [l4, v4, l7, v7] = await Promise.all([latin400, viet400, latin700, viet700].map(bytesOf));
  if (!l4 || !v4 || !l7 || !v7) throw new Error('Noto Sans font files missing');
  return notoSansFontSet({ latin: l4, vietnamese: v4 }, { latin: l7, vietnamese: v7 });
}

/**
 * Whether a file is a GeoTIFF class map rather than heights: one band of 8-bit integers, which no elevation product
 * uses and WorldCover and Dynamic World do. Only the header and the first directory are read (a few hundred bytes of
 * a file that may be hundreds of MB); classic TIFF only, a BigTIFF is left to the DEM reader.
 */
const TAG_BITS_PER_SAMPLE = 258;
const TAG_SAMPLES_PER_PIXEL = 277;
const TAG_SAMPLE_FORMAT = 339;
const TYPE_SHORT = 3;
const TYPE_LONG = 4;
const SAMPLE_UINT = 1;
const SAMPLE_INT = 2;

async function viewAt(file: Blob, start: number, length: number): Promise<DataView> {
  return new DataView(await file.slice(start, start + length).arrayBuffer());
}

export async function isClassifiedTiff(file: Blob): Promise<boolean> {
  const head = await viewAt(file, 0, 8);
  if (head.byteLength < 8) return false;
  const order = head.getUint16(0);
  if (order !== 0x4949 && order !== 0x4d4d) return false;
  const little = order === 0x4949;
  if (head.getUint16(2, little) !== 42) return false;
  const ifd = head.getUint32(4, little);
  const countView = await viewAt(file, ifd, 2);
  if (countView.byteLength < 2) return false;
  const n = countView.getUint16(0, little);
  const entries = await viewAt(file, ifd + 2, n * 12);
  const tags = new Map<number, number>();
  for (let i = 0; i + 12 <= entries.byteLength; i += 12) {
    const type = entries.getUint16(i + 2, little);
    if (entries.getUint32(i + 4, little) !== 1) continue;
    if (type === TYPE_SHORT) tags.set(entries.getUint16(i, little), entries.getUint16(i + 8, little));
    else if (type === TYPE_LONG) tags.set(entries.getUint16(i, little), entries.getUint32(i + 8, little));
  }
  const format = tags.get(TAG_SAMPLE_FORMAT) ?? SAMPLE_UINT;
  return (tags.get(TAG_SAMPLES_PER_PIXEL) ?? 1) === 1 && tags.get(TAG_BITS_PER_SAMPLE) === 8 && (format === SAMPLE_UINT || format === SAMPLE_INT);
}

/**
 * Int16 and Uint8 rasters (the elevation layer's heights, the land cover's classes) in a project file: JSON has no typed arrays, and a number list would
 * be three times the size, so the little-endian bytes go as base64 under a tagged object.
 */
export interface Int16Base64 {
  int16leBase64: string;
}

export function isInt16Base64(v: unknown): v is Int16Base64 {
  return typeof v === 'object' && v !== null && typeof (v as { int16leBase64?: unknown }).int16leBase64 === 'string';
}

const CHUNK = 0x8000;

export function encodeInt16(a: Int16Array): Int16Base64 {
  const bytes = new Uint8Array(a.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < a.length; i++) view.setInt16(i * 2, a[i] ?? 0, true);
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return { int16leBase64: btoa(binary) };
}

/** The array, or null when the text is not base64 of whole int16 values. */
export function decodeInt16(v: Int16Base64): Int16Array | null {
  let binary: string;
  try {
    binary = atob(v.int16leBase64);
  } catch {
    return null;
  }
  if (binary.length % 2 !== 0) return null;
  const out = new Int16Array(binary.length / 2);
  for (let i = 0; i < out.length; i++) {
    const u = binary.charCodeAt(2 * i) | (binary.charCodeAt(2 * i + 1) << 8);
    out[i] = u >= 0x8000 ? u - 0x10000 : u;
  }
  return out;
}

export interface Uint8Base64 {
  uint8Base64: string;
}

export function isUint8Base64(v: unknown): v is Uint8Base64 {
  return typeof v === 'object' && v !== null && typeof (v as { uint8Base64?: unknown }).uint8Base64 === 'string';
}

export function encodeUint8(a: Uint8Array): Uint8Base64 {
  let binary = '';
  for (let i = 0; i < a.length; i += CHUNK) binary += String.fromCharCode(...a.subarray(i, i + CHUNK));
  return { uint8Base64: btoa(binary) };
}

export function decodeUint8(v: Uint8Base64): Uint8Array | null {
  try {
    const binary = atob(v.uint8Base64);
    return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Lower-case ASCII with Vietnamese diacritics removed (đ → d): for comparing words. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim();
}

/** ASCII slug of a Vietnamese name: "Nam Gia Nghĩa" → "nam-gia-nghia". */
export function slugify(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

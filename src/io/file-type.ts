/** A file as it reached a reader: its bytes, or the text the main thread already decoded. */
export type FileContent = Uint8Array | string;

/** How a file format is recognised; light, so the main thread can route files without loading any reader. */
export interface FileFormat<Id extends string> {
  readonly id: Id;
  /** Lower-case name endings, dot included. */
  readonly extensions: readonly string[];
  /** Media types the file picker offers besides the extensions. */
  readonly mimeTypes: readonly string[];
  /**
   * Whether a file whose name says nothing looks like this format: `head` is its first bytes, `text` those bytes
   * decoded with the BOM and leading blanks removed.
   */
  detect(head: Uint8Array, text: string): boolean;
}

/**
 * One file format, as placemark's FileType: how it is recognised, how it is read (to items and issues, never throwing
 * on bad data) and, when PhuSong writes it, how it is written. A new format is its FileFormat in io/file-formats.ts
 * and one such object next to its reader.
 */
export interface FileType<Id extends string, Options, Read, Written = never> extends FileFormat<Id> {
  read(content: FileContent, fileName: string, options: Options): Read;
  write?: (value: Written) => string;
}

export function contentText(content: FileContent): string {
  return typeof content === 'string' ? content : new TextDecoder().decode(content);
}

export function contentBytes(content: FileContent): Uint8Array {
  return typeof content === 'string' ? new TextEncoder().encode(content) : content;
}

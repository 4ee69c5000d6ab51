import { DOMParser } from '@xmldom/xmldom';
import type { ParseXml } from './read-kml';

/**
 * KML parsing where there is no DOMParser (the worker, the CLI): xmldom, whose fatal errors are thrown so the
 * reader reports the file as "cannot be read".
 */
export const xmldomParseXml: ParseXml = (text) =>
  new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(text, 'text/xml');

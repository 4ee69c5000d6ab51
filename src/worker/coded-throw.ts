/**
 * Comlink sends a thrown Error across as its name, message and stack only; a CodedError's message (its code and
 * parameters) is added here, so the app renders it in the interface language (domain/text/message errorAsMessage).
 * Installed once in the worker; the main thread's stock handler copies every sent field onto the Error it throws.
 */
import * as Comlink from 'comlink';
import { isMessage } from '../domain/text/message';

type SerializedThrown = { isError: true; value: { message: string; name: string; stack?: string; coded?: unknown } } | { isError: false; value: unknown };

export function installCodedThrow(): void {
  const stock = Comlink.transferHandlers.get('throw');
  if (!stock) return;
  Comlink.transferHandlers.set('throw', {
    canHandle: stock.canHandle,
    serialize(thrown: unknown) {
      const [serialized, transfers] = stock.serialize(thrown) as [SerializedThrown, Transferable[]];
      const value = (thrown as { value?: unknown }).value;
      const coded = typeof value === 'object' && value !== null ? (value as { coded?: unknown }).coded : undefined;
      if (serialized.isError && isMessage(coded)) serialized.value.coded = JSON.parse(JSON.stringify(coded)) as unknown;
      return [serialized, transfers];
    },
    deserialize: stock.deserialize,
  });
}

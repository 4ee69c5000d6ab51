/**
 * Keeps the layer built for a key while its inputs stay the same (compared with Object.is), so deck.gl is handed the
 * same instance again and skips it: no props diff, no sublayer rebuild. Without it every hover, drag move or pan
 * end rebuilt and diffed all twenty-odd layers, though a hover changes one and a drag three.
 */
export class LayerMemo {
  private readonly held = new Map<string, { inputs: readonly unknown[]; made: unknown }>();

  keep<T>(key: string, inputs: readonly unknown[], make: () => T): T {
    const held = this.held.get(key);
    if (held && held.inputs.length === inputs.length && held.inputs.every((x, i) => Object.is(x, inputs[i]))) return held.made as T;
    const made = make();
    this.held.set(key, { inputs, made });
    return made;
  }
}

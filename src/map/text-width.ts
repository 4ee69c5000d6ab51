const widths = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

/** Width of a commune label in the map's label font, CSS pixels (measured once per text and size). */
export function labelTextWidthPx(text: string, sizePx: number): number {
  const key = `${sizePx}|${text}`;
  let w = widths.get(key);
  if (w === undefined) {
    if (context === undefined) context = document.createElement('canvas').getContext('2d');
    if (context) {
      context.font = `600 ${sizePx}px "Noto Sans", sans-serif`;
      w = context.measureText(text).width;
    } else w = text.length * sizePx * 0.62;
    widths.set(key, w);
  }
  return w;
}

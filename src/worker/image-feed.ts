/**
 * The coverage images the worker sends, by version: a full build sends whole images, a scenario edit only the
 * pixels of the cells it changed (domain/display/image-patch.ts). Each model is a new source, so a patch can never
 * be written into an image of an older build.
 */
import type { CoverageModel } from '../domain/coverage';
import { renderRasterImage, renderRasterWindow, type CoverageImage } from '../domain/display/coverage-image';
import type { ImagePatch } from '../domain/display/image-patch';
import type { Technology } from '../domain/model/types';

let nextSource = 1;

export class ImageFeed {
  private model: CoverageModel | null = null;
  private source = 0;
  /** By technology: the version of the last image or patch sent for the current model. */
  private readonly sent = new Map<Technology, number>();

  private bind(m: CoverageModel): void {
    if (this.model === m) return;
    this.model = m;
    this.source = nextSource++;
    this.sent.clear();
  }

  /** The whole image of `tech` as the model has it now. */
  full(m: CoverageModel, tech: Technology): CoverageImage {
    this.bind(m);
    m.takeChanged(tech);
    const seq = (this.sent.get(tech) ?? 0) + 1;
    this.sent.set(tech, seq);
    return { ...renderRasterImage(m.grid, m.raster(tech)), version: { source: this.source, seq, recent: [] } };
  }

  /**
   * The pixels of `tech` changed since the last image or patch sent; 'unchanged' when no pixel changed; null when
   * no image of this model was sent yet (send a full one).
   */
  patch(m: CoverageModel, tech: Technology): ImagePatch | 'unchanged' | null {
    const last = this.model === m ? this.sent.get(tech) : undefined;
    if (last === undefined) return null;
    const window = m.takeChanged(tech);
    const pixels = window ? renderRasterWindow(m.grid, m.raster(tech), window) : null;
    if (!pixels) return 'unchanged';
    this.sent.set(tech, last + 1);
    return { source: this.source, seq: last + 1, rect: pixels.rect, rgba: pixels.rgba };
  }
}

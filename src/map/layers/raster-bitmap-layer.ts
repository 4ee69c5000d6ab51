import { BitmapLayer, type BitmapLayerProps } from '@deck.gl/layers';
import type { DefaultProps, UpdateParameters } from '@deck.gl/core';
import type { CoverageImage } from '../../domain/display/coverage-image';
import { changedSince } from '../../domain/display/image-patch';

type Texture = ReturnType<BitmapLayer['context']['device']['createTexture']>;

interface RasterProps {
  /** The worker's image; a patched version of the same pixel buffer uploads only the pixels it changed. */
  raster: CoverageImage | null;
  /** Linear filtering (a hillshade); nearest keeps class edges sharp. */
  smooth: boolean;
}

/**
 * A BitmapLayer drawing a worker-made RGBA image from its own texture: made once per image size, without mipmaps,
 * and updated in place (deck.gl's image prop makes a new texture with a full mipmap chain for every image, which
 * software WebGL pays for at every edit).
 */
export class RasterBitmapLayer extends BitmapLayer<RasterProps> {
  static override layerName = 'RasterBitmapLayer';
  static override defaultProps: DefaultProps<RasterProps & BitmapLayerProps> = {
    ...BitmapLayer.defaultProps,
    raster: { type: 'object', value: null, compare: true },
    smooth: false,
  };

  declare state: BitmapLayer['state'] & {
    texture?: Texture | null;
    /** The pixel buffer and version last uploaded. */
    uploaded?: { rgba: Uint8ClampedArray; seq: number } | null;
  };

  override updateState(params: UpdateParameters<this>): void {
    super.updateState(params);
    const raster = this.props.raster;
    if (!raster || params.props.raster === params.oldProps.raster) return;
    let texture = this.state.texture ?? null;
    if (!texture || texture.width !== raster.width || texture.height !== raster.height) {
      texture?.destroy();
      const filter = this.props.smooth ? 'linear' : 'nearest';
      texture = this.context.device.createTexture({
        width: raster.width,
        height: raster.height,
        format: 'rgba8unorm',
        mipLevels: 1,
        sampler: { minFilter: filter, magFilter: filter, addressModeU: 'clamp-to-edge', addressModeV: 'clamp-to-edge' },
      });
      this.setState({ texture, uploaded: null });
    }
    const uploaded = this.state.uploaded;
    const change = uploaded && uploaded.rgba === raster.rgba ? changedSince(raster, uploaded.seq) : 'all';
    if (change === 'all') texture.writeData(raster.rgba);
    else if (change) {
      texture.writeData(raster.rgba, {
        x: change.x, y: change.y, width: change.width, height: change.height,
        byteOffset: (change.y * raster.width + change.x) * 4, bytesPerRow: raster.width * 4,
      });
    }
    this.setState({ uploaded: { rgba: raster.rgba, seq: raster.version?.seq ?? 0 } });
  }

  override finalizeState(context: Parameters<BitmapLayer['finalizeState']>[0]): void {
    this.state.texture?.destroy();
    super.finalizeState(context);
  }

  override draw(): void {
    const { model, coordinateConversion, bounds, texture } = this.state;
    if (!model || !texture) return;
    const { desaturate, transparentColor, tintColor } = this.props;
    model.shaderInputs.setProps({
      bitmap: {
        bitmapTexture: texture,
        bounds,
        coordinateConversion,
        desaturate,
        tintColor: tintColor.slice(0, 3).map((x) => x / 255),
        transparentColor: transparentColor.map((x) => x / 255),
      },
    });
    model.draw(this.context.renderPass);
  }
}

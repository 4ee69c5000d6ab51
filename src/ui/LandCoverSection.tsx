import { useMemo, useRef } from 'react';
import { landCoverAreasKm2 } from '../domain/model/land-cover-areas';
import { useApp, useAppState, useFeatureState } from './context';
import { LandCoverClassTable } from './LandCoverClassTable';
import { useLandCoverT } from './i18n-hooks';

/**
 * The layer panel's land cover: its source (or that it is generated), cell, the area of each class beside the
 * class's map colour (the layer's legend), the map switch (off by default) and the import of another land cover.
 */
export function LandCoverSection() {
  const { store, actions } = useApp();
  const t = useLandCoverT();
  const shown = useAppState((s) => s.layers.landCover);
  const landCover = useAppState((s) => s.dataset?.landCover ?? null);
  const busy = useFeatureBusy();
  const input = useRef<HTMLInputElement>(null);
  const areas = useMemo(() => (landCover ? landCoverAreasKm2(landCover.cover) : []), [landCover]);

  return (
    <div className="land-cover" data-testid="land-cover-info" data-id={landCover?.id ?? ''}>
      <p className="hint">
        {landCover
          ? t('lcInfo', {
            sources: landCover.generated ? t('lcGenerated') : landCover.sources.join(', '),
            cell: Math.round(landCover.cover.grid.cellSizeM),
          })
          : t('lcNone')}
      </p>
      {landCover && (
        <>
          <label className="row">
            <input
              type="checkbox"
              data-testid="layer-landCover"
              checked={shown}
              onChange={(e) => store.set({ layers: { ...store.get().layers, landCover: e.target.checked } })}
            />
            {t('lcShow')}
          </label>
          <LandCoverClassTable areasKm2={areas} testId="land-cover-classes" />
        </>
      )}
      <button type="button" data-testid="land-cover-import" disabled={busy} title={t('lcImportHint')} onClick={() => input.current?.click()}>
        {busy ? t('lcReading') : t('lcImportButton')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".geojson,.json,.tif,.tiff"
        hidden
        data-testid="land-cover-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void actions.landCover.open(file);
          e.target.value = '';
        }}
      />
    </div>
  );
}

function useFeatureBusy(): boolean {
  const { actions } = useApp();
  return useFeatureState(actions.landCover.state, (s) => s.dialog?.busy ?? false);
}

import { useRef } from 'react';
import { useImportT } from './i18n-hooks';
import { IMPORT_ACCEPT } from '../io/file-formats';
import { useImportActions } from './import/use-import';

/** The header's import button: CSV, GeoJSON, zipped Shapefile, KML/KMZ, elevation tiles (.hgt, GeoTIFF) or a project file. */
export function ImportButton() {
  const imports = useImportActions();
  const t = useImportT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" data-testid="import-button" onClick={() => input.current?.click()} title={t('importHint')}>
        {t('importButton')}
      </button>
      <input
        ref={input}
        type="file"
        accept={IMPORT_ACCEPT}
        hidden
        multiple
        data-testid="import-input"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          if (files.length > 0) void imports.openFiles(files);
          e.target.value = '';
        }}
      />
    </>
  );
}

import { useRef } from 'react';
import { useApp, useT } from './context';

export function ImportButton() {
  const { actions } = useApp();
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} title={t('dropHint')}>
        ⤒ GeoJSON
      </button>
      <input
        ref={input}
        type="file"
        accept=".geojson,.json,application/geo+json"
        hidden
        data-testid="import-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void file.text().then((text) => actions.importFile(file.name, text));
          e.target.value = '';
        }}
      />
    </>
  );
}

import { useState, type DragEvent, type ReactNode } from 'react';
import { useApp, useT } from './context';

/** Accepts GeoJSON files dropped anywhere on the map. */
export function DropZone({ children }: { children: ReactNode }) {
  const { actions } = useApp();
  const t = useT();
  const [over, setOver] = useState(false);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    for (const file of Array.from(e.dataTransfer.files)) {
      void file.text().then((text) => actions.importFile(file.name, text));
    }
  };

  return (
    <div
      className={over ? 'dropzone dropzone-over' : 'dropzone'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      {children}
      {over && <div className="drop-hint">{t('dropHint')}</div>}
    </div>
  );
}

import { useState, type DragEvent, type ReactNode } from 'react';
import { useImportT } from './i18n-hooks';
import { useImportActions } from './import/use-import';

/** Accepts files dropped anywhere on the map; each goes to the import flow of its format. */
export function DropZone({ children }: { children: ReactNode }) {
  const imports = useImportActions();
  const t = useImportT();
  const [over, setOver] = useState(false);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void imports.openFiles(Array.from(e.dataTransfer.files));
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

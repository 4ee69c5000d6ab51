import { useEffect, useRef } from 'react';
import { MapController } from '../map/map-controller';
import { useApp } from './context';
import { DropZone } from './DropZone';

/** Hosts the imperative map controller and feeds it the store's state; React never re-renders the map itself. */
export function MapPanel() {
  const { store } = useApp();
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!host.current) return;
    const controller = new MapController(host.current, { onSelect: (selection) => store.set({ selection }) });
    const push = () => controller.setView(store.get());
    push();
    const unsubscribe = store.subscribe(push);
    return () => {
      unsubscribe();
      controller.destroy();
    };
  }, [store]);

  return (
    <DropZone>
      <div ref={host} className="map" data-testid="map" />
    </DropZone>
  );
}

import { useEffect, useRef } from 'react';
import { effectiveSites } from '../app/effective-sites';
import { MapController } from '../map/map-controller';
import { useApp } from './context';
import { DropZone } from './DropZone';

/** Hosts the imperative map controller and feeds it the store's state; React never re-renders the map itself. */
export function MapPanel() {
  const { store, actions } = useApp();
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!host.current) return;
    const controller = new MapController(host.current, {
      onSelect: (selection) => store.set({ selection }),
      onMoveSite: (id, lon, lat) => actions.moveSite(id, lon, lat),
    });
    const push = () => {
      const s = store.get();
      controller.setView({ ...s, sites: effectiveSites(s.dataset?.sites ?? [], s.siteEdits) });
    };
    push();
    const unsubscribe = store.subscribe(push);
    return () => {
      unsubscribe();
      controller.destroy();
    };
  }, [store, actions]);

  return (
    <DropZone>
      <div ref={host} className="map" data-testid="map" />
    </DropZone>
  );
}

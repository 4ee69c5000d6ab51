import { useEffect, useRef } from 'react';
import { registerMainMapBounds } from '../app/print-main-view';
import { scenarioSites } from '../app/scenarios';
import { coverageDue } from '../app/coverage-settings';
import { MapController } from '../map/map-controller';
import { useApp } from './context';
import { DropZone } from './DropZone';
import { allowedBasemapOrigin, basemapAccess } from '../app/basemap-policy';

/** Hosts the imperative map controller and feeds it the store's state; React never re-renders the map itself. */
export function MapPanel() {
  const { store, actions } = useApp();
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!host.current) return;
    const planner = actions.planner;
    const controller = new MapController(host.current, {
      onSelect: (selection) => store.set({ selection }),
      onMoveSite: (id, lon, lat, gesture) => planner.moveSite(id, lon, lat, gesture),
      onRotateSector: (id, sector, azimuthDeg, gesture) => planner.rotateSector(id, sector, azimuthDeg, gesture),
      onPlaceSite: (lon, lat) => planner.placeSite(lon, lat),
      onProfilePoint: (lon, lat, siteId) => actions.profile.pick(lon, lat, siteId),
      onGestureEnd: () => planner.endGesture(),
      onPointer: (at) => (at ? actions.signal.hover(at.lon, at.lat) : actions.signal.leave()),
      onPointClick: (lon, lat) => void actions.signal.pin(lon, lat),
      onViewChange: (lon, lat, zoom) => actions.view.saveView(lon, lat, zoom),
      onSitesDrawn: (drawn, total) => store.set({ sitesDrawn: { drawn, total } }),
    });
    const unregisterBounds = registerMainMapBounds(() => controller.viewState().bounds);
    const push = () => {
      const s = store.get();
      // A basemap host the page's policy does not allow yet would only fill the console with refused requests.
      const basemapUrl = basemapAccess(s.basemapUrl, allowedBasemapOrigin(document)) === 'allowed' ? s.basemapUrl : '';
      controller.setView({
        ...s, basemapUrl, sites: scenarioSites(s), compareImage: s.compare?.result?.image ?? null, profile: actions.profile.overlay(), focus: s.mapFocus,
        measurePoints: actions.measurements.shownPoints(), importPreview: actions.imports.previewPoints(), coverageDue: coverageDue(s),
      });
    };
    push();
    // Ctrl+P of the main view prints a snapshot of the map taken before the print layout resizes its canvases.
    const snapshot = document.createElement('img');
    snapshot.className = 'map-print-snapshot';
    snapshot.alt = '';
    const beforePrint = () => {
      snapshot.src = controller.snapshotWithScaleBar();
      host.current?.append(snapshot);
    };
    const afterPrint = () => snapshot.remove();
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    const unsubscribe = store.subscribe(push);
    const unsubscribeProfile = actions.profile.store.subscribe(push);
    const unsubscribeMeasurements = actions.measurements.state.subscribe(push);
    // a read's progress changes the import state often; the map follows only a new preview
    let preview = actions.imports.previewPoints();
    const unsubscribeImports = actions.imports.state.subscribe(() => {
      if (actions.imports.previewPoints() === preview) return;
      preview = actions.imports.previewPoints();
      push();
    });
    return () => {
      unsubscribe();
      unsubscribeProfile();
      unsubscribeMeasurements();
      unsubscribeImports();
      unregisterBounds();
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      snapshot.remove();
      controller.destroy();
    };
  }, [store, actions]);

  return (
    <DropZone>
      <div ref={host} className="map" data-testid="map" />
    </DropZone>
  );
}

/** English text of a structured underserved reason; the UI may translate from the structured form instead. */
import type { UnderservedReason } from './underserved-types';

const pct = (share: number): string => `${Math.round(share * 100)}%`;
const km = (m: number): string => `${(m / 1000).toFixed(1)} km`;

export function underservedReasonText(r: UnderservedReason): string {
  switch (r.code) {
    case 'no4g':
      return `no 4G: ${pct(r.share)} of the village at ${r.thresholdDbm} dBm (needs ${pct(r.requiredShare)})`;
    case 'basic4gOnly':
      return `4G only at basic level (${r.basicThresholdDbm} dBm): ${pct(r.share)} at ${r.thresholdDbm} dBm` +
        (r.basicShare === null ? `, best ${r.bestDbm ?? '–'} dBm` : `, ${pct(r.basicShare)} at ${r.basicThresholdDbm} dBm`);
    case 'no5g':
      return `no 5G where the plan requires it: ${pct(r.share)} covered (needs ${pct(r.requiredShare)})`;
    case 'no4gCarrier':
      return `no 4G from ${r.carriers.join(', ')}`;
    case 'noFibre':
      return r.distanceM === null
        ? 'no fibre in the dataset'
        : `no fibre within ${r.ftthDistanceM} m (nearest ${km(r.distanceM)})`;
    case 'noRouteNearby':
      return r.noRoadData
        ? `no fibre route within ${km(r.reachDistanceM)} (no road layer: fibre routes stand in for roads)`
        : `no road within ${km(r.roadReachDistanceM)}` + (r.roadM === null ? '' : ` (nearest ${km(r.roadM)})`) +
          ` and no fibre route within ${km(r.reachDistanceM)}`;
    case 'terrainShadow':
      return `terrain shadow: the terrain costs ${r.lossDb.toFixed(1)} dB from site ${r.siteId} ` +
        `(${r.levelDbm.toFixed(1)} dBm here, ${r.openGroundDbm.toFixed(1)} dBm on open ground)`;
    case 'remote':
      return `remote: ${r.communeCentreKm.toFixed(1)} km from the commune centre` +
        (r.nearestTownKm === null ? '' : `, ${r.nearestTownKm.toFixed(1)} km from the nearest ward/town`);
  }
}

/**
 * A generated carrier CSV: `sites` sites on a grid of 1,000 rows of latitude (0.001° apart) by as many columns as
 * needed (`lonStep` apart), `sectorsPerSite` rows each. With one sector a row has no azimuth column (the shape the
 * `csv-million-rows` case has always read); with more, the sectors share the site's id and face evenly apart.
 */
export function carrierCsv(options: { sites: number; sectorsPerSite?: number; lat0?: number; lon0?: number; lonStep?: number }): string {
  const { sites, sectorsPerSite = 1, lat0 = 11.5, lon0 = 107.2, lonStep = 0.001 } = options;
  const sectored = sectorsPerSite > 1;
  const lines = [sectored ? 'site_id,lat,lon,height_m,tech,band_mhz,azimuth' : 'site_id,lat,lon,height_m,tech,band_mhz'];
  for (let i = 0; i < sites; i++) {
    const at = `M${i},${(lat0 + (i % 1000) / 1000).toFixed(3)},${(lon0 + Math.floor(i / 1000) * lonStep).toFixed(3)},30,4G,1800`;
    if (!sectored) lines.push(at);
    else for (let k = 0; k < sectorsPerSite; k++) lines.push(`${at},${Math.round((k * 360) / sectorsPerSite)}`);
  }
  return lines.join('\n');
}

import type { Radio, Technology } from '../../domain/model/types';
import { channelBand, type ChannelKind } from './channel-band';
import { coded } from './issue-codes';
import type { Cell } from './location';
import { parseCsvNumber } from './numbers';
import type { IssueLog } from './row-issue';
import { splitList } from './split-list';

export const CHANNEL_KINDS: readonly ChannelKind[] = ['earfcn', 'uarfcn', 'arfcn', 'nrArfcn'];

/** How each channel column is named in the report, and the 3GPP table it is read against. */
const CHANNEL_NAME: Readonly<Record<ChannelKind, { channel: string; spec: string }>> = {
  earfcn: { channel: 'EARFCN', spec: 'TS 36.101' },
  uarfcn: { channel: 'UARFCN', spec: 'TS 25.101' },
  arfcn: { channel: 'ARFCN', spec: 'TS 45.005' },
  nrArfcn: { channel: 'NR-ARFCN', spec: 'TS 38.104' },
};

export interface ChannelRadio extends Radio {
  kind: ChannelKind;
  channel: number;
  band: string;
}

/** Radios from the row's channel-number cells; a number in no band is a warning on the line naming it. */
export function readChannelRadios(cells: readonly (readonly [ChannelKind, Cell])[], line: number, log: IssueLog): ChannelRadio[] {
  const radios: ChannelRadio[] = [];
  for (const [kind, cell] of cells) {
    for (const token of splitList(cell.value)) {
      const n = parseCsvNumber(token);
      const hit = n === undefined ? null : channelBand(kind, n);
      if (n === undefined || hit === null) {
        log.warn(line, coded('channelNoBand', { ...CHANNEL_NAME[kind], value: token }), cell.column, cell.value);
        continue;
      }
      if (!radios.some((r) => r.tech === hit.tech && r.bandMHz === hit.bandMHz)) {
        radios.push({ tech: hit.tech, bandMHz: hit.bandMHz, kind, channel: n, band: hit.band });
      }
    }
  }
  return radios;
}

export const channelTechs = (radios: readonly ChannelRadio[]): Technology[] => [...new Set(radios.map((r) => r.tech))];

/**
 * The channel numbers' radios win over the technology and band columns for their technologies; a band column
 * that names none of a channel's bands is warned about. Radios of other technologies are kept.
 */
export function keepChannelBands(
  channels: readonly ChannelRadio[], radios: readonly Radio[], columnBands: readonly number[], bandCell: Cell, line: number, log: IssueLog,
): Radio[] {
  if (channels.length === 0) return [...radios];
  for (const c of channels) {
    const sameTech = radios.filter((r) => r.tech === c.tech).map((r) => r.bandMHz);
    if (columnBands.length > 0 && sameTech.length > 0 && !sameTech.includes(c.bandMHz)) {
      log.warn(line, coded('channelBandDisagree', {
        ...CHANNEL_NAME[c.kind], value: c.channel, band: c.band, mhz: c.bandMHz, stated: columnBands.join('/'),
      }), bandCell.column, bandCell.value);
    }
  }
  const techs = new Set(channelTechs(channels));
  return [...channels.map(({ tech, bandMHz }) => ({ tech, bandMHz })), ...radios.filter((r) => !techs.has(r.tech))];
}

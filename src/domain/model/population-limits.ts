/**
 * The largest population a reporting unit or a village can plausibly have. Vietnam's most populous wards and
 * communes, merged ones included, hold a few hundred thousand people and its largest villages (thôn, tổ dân phố)
 * a few thousand, so these bounds sit well above any real one while refusing typos and values such as 1e308,
 * whose sums overflow the province totals to Infinity.
 */
export const MAX_UNIT_POPULATION = 2_000_000;
export const MAX_VILLAGE_POPULATION = 200_000;

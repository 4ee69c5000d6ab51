export { buildCrosswalk, crosswalkFromTable, type CrosswalkOptions } from './crosswalk';
export { DEFAULT_NEST_SHARE, indexLinks, mainSuccessor, type Crosswalk, type CrosswalkLink } from './crosswalk-types';
export { populationFromParts, reassignDataset, type ReassignOptions, type ReassignResult } from './reassign';
export { geometryBBox, unitsBBox } from './units-bbox';
export { baselineSiteClutters } from './site-clutter';
export { readCodeTable, type CodeTable, type CodeTableIssue, type CodeTableProblem, type CodeTableRow } from './code-table';
export { crosswalkFromLists, listsUsable, type ListedCrosswalk } from './merged-from';

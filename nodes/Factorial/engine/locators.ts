import type * as listSearch from '../methods/listSearch';
import type { LocatorKind } from './types';

/** A search method the node exports (methods/listSearch.ts): a name it does not have does not compile. */
export type SearchMethod = keyof typeof listSearch;

export interface LocatorSpec {
	searchMethod: SearchMethod;
	noun: string;
	placeholder: string;
}

// Each picker pairs a searchable list (methods/listSearch.ts) with a typed-in id. Every LocatorKind
// needs an entry here (Record), and every search method a picker that names it (below).
export const LOCATORS = {
	employee: { searchMethod: 'searchEmployees', noun: 'employee', placeholder: 'e.g. 1042' },
	team: { searchMethod: 'searchTeams', noun: 'team', placeholder: 'e.g. 12' },
	location: { searchMethod: 'searchLocations', noun: 'location', placeholder: 'e.g. 3' },
	company: { searchMethod: 'searchCompanies', noun: 'company', placeholder: 'e.g. 1' },
	leaveType: { searchMethod: 'searchLeaveTypes', noun: 'leave type', placeholder: 'e.g. 7' },
	project: { searchMethod: 'searchProjects', noun: 'project', placeholder: 'e.g. 5' },
	contractVersion: { searchMethod: 'searchContractVersions', noun: 'contract version', placeholder: 'e.g. 2048' },
	jobPosting: { searchMethod: 'searchJobPostings', noun: 'job posting', placeholder: 'e.g. 5001' },
	candidate: { searchMethod: 'searchCandidates', noun: 'candidate', placeholder: 'e.g. 6001' },
	applicationPhase: { searchMethod: 'searchApplicationPhases', noun: 'application phase', placeholder: 'e.g. 5102' },
	// Documents name their author and signees by access id (the employee's login), not employee id.
	access: { searchMethod: 'searchAccesses', noun: 'employee access', placeholder: 'e.g. 100042' },
	folder: { searchMethod: 'searchFolders', noun: 'folder', placeholder: 'e.g. 5' },
} as const satisfies Record<LocatorKind, LocatorSpec>;

type Assert<Holds extends true> = Holds;
/**
 * Compiles only while every export of methods/listSearch.ts is named by a picker above: one no picker
 * names is code the editor never calls (the error names it).
 */
export type EverySearchMethodHasAPicker = Assert<
	[Unpicked] extends [never] ? true : Unpicked
>;
type Unpicked = Exclude<SearchMethod, (typeof LOCATORS)[LocatorKind]['searchMethod']>;

// Factorial ids are numeric strings or UUIDs; anything else (slashes, dots) could change the path.
export const ID_PATTERN = '^[A-Za-z0-9_-][A-Za-z0-9_.-]*$';

import type { ResourceSpec } from '../../engine/types';
import { getAbsence, getAbsences } from './absences';
import { getContractChange, getContractChanges } from './contractChanges';
import { getNewHire, getNewHires } from './newHires';
import { getPersonalChange, getPersonalChanges } from './personalChanges';
import { getSummaries, getSummary } from './summaries';
import { getTermination, getTerminations } from './terminations';

export const employeeUpdate: ResourceSpec = {
	name: 'employeeUpdate',
	displayName: 'Employee Update',
	description: 'Read-only feeds of what changed for employees: hires, terminations, absences, contract and personal changes',
	operations: [
		getSummaries,
		getSummary,
		getNewHires,
		getNewHire,
		getTerminations,
		getTermination,
		getAbsences,
		getAbsence,
		getContractChanges,
		getContractChange,
		getPersonalChanges,
		getPersonalChange,
	],
};

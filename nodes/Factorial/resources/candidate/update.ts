import type { OperationSpec } from '../../engine/types';
import { candidateDetails, candidateId, firstName, lastName } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a candidate',
	description: 'Change the details of a candidate',
	method: 'PUT',
	path: 'ats/candidates/{id}',
	// Factorial wants the id both in the path and in the body of a PUT.
	fields: [{ ...candidateId, in: 'pathAndBody' }],
	optional: { name: 'updateFields', displayName: 'Update Fields', fields: [firstName, lastName, ...candidateDetails] },
};

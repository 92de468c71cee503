import type { OperationSpec } from '../../engine/types';
import { contractTerms, contractVersionId, effectiveOn, employeeId, startsOn } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a contract version',
	description: 'Correct the terms of an existing contract version',
	tool: { caution: 'changes an employee\'s contract terms, such as salary or job title' },
	method: 'PUT',
	path: 'contracts/contract_versions/{id}',
	// Factorial wants the id both in the path and in the body of a PUT.
	fields: [{ ...contractVersionId, in: 'pathAndBody' }],
	optional: {
		name: 'updateFields',
		displayName: 'Update Fields',
		fields: [employeeId, effectiveOn, startsOn, ...contractTerms],
	},
};

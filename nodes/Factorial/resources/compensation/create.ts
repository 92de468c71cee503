import type { OperationSpec } from '../../engine/types';
import { compensationDetails, compensationType, contractVersionId, taxonomyId } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a compensation',
	description: 'Add a pay item, such as a bonus or an allowance, to a contract version',
	tool: { caution: 'changes what an employee is paid' },
	method: 'POST',
	path: 'contracts/compensations',
	// Factorial's compensation object calls the type a required field, though the body schema does not.
	fields: [
		{ ...contractVersionId, required: true },
		{ ...taxonomyId, required: true },
		{ ...compensationType, required: true },
	],
	optional: { name: 'additionalFields', displayName: 'Additional Fields', fields: compensationDetails },
};

import type { OperationSpec } from '../../engine/types';
import { description, main, name, policyId } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a time off policy',
	description: 'Change the name, description or main flag of a time off policy',
	method: 'PUT',
	path: 'timeoff/policies/{id}',
	fields: [{ ...policyId, in: 'pathAndBody' }],
	optional: { name: 'updateFields', displayName: 'Update Fields', fields: [name, description, main] },
};

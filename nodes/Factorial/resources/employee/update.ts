import type { OperationSpec } from '../../engine/types';
import { employeeId, updateFields } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update an employee',
	description: 'Change fields of an employee',
	method: 'PUT',
	path: 'employees/employees/{id}',
	// Factorial wants the id both in the path and in the body of a PUT.
	fields: [{ ...employeeId, in: 'pathAndBody' }],
	optional: { name: 'updateFields', displayName: 'Update Fields', fields: updateFields },
};

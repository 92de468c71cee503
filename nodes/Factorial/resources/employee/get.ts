import type { OperationSpec } from '../../engine/types';
import { employeeId } from './fields';

export const get: OperationSpec = {
	value: 'get',
	name: 'Get',
	action: 'Get an employee',
	description: 'Retrieve one employee',
	method: 'GET',
	path: 'employees/employees/{id}',
	fields: [{ ...employeeId, in: 'path' }],
};

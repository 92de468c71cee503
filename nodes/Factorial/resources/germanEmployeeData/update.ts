import type { OperationSpec } from '../../engine/types';
import { germanEmployeeDataId, germanFields } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update German employee data',
	description: 'Change an employee\'s German payroll data',
	method: 'PUT',
	path: 'payroll_employees/german_employee_data/{id}',
	fields: [{ ...germanEmployeeDataId, in: 'pathAndBody' }],
	optional: { name: 'updateFields', displayName: 'Update Fields', fields: germanFields },
};

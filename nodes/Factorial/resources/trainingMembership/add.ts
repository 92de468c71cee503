import type { OperationSpec } from '../../engine/types';
import { trainingId } from './fields';

export const add: OperationSpec = {
	name: 'add',
	displayName: 'Add Employees',
	action: 'Add employees to a training',
	description: 'Assign one or more employees to a training',
	method: 'POST',
	path: 'trainings/training_memberships/bulk_create',
	fields: [trainingId, { wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id', required: true }],
};

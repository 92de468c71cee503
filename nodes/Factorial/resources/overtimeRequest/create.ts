import type { OperationSpec } from '../../engine/types';
import { date, description, employeeId, hoursAmount } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create an overtime request',
	description: 'Ask for overtime to be recorded for an employee; it starts as pending',
	method: 'POST',
	path: 'attendance/overtime_requests',
	fields: [
		{ ...employeeId, required: true },
		{ ...date, required: true },
		{ wire: 'author_id', displayName: 'Author ID', kind: 'id', required: true, description: 'Factorial\'s author_id of the request' },
	],
	optional: { name: 'additionalFields', displayName: 'Additional Fields', fields: [hoursAmount, description] },
};

import type { OperationSpec } from '../../engine/types';
import { supplementId } from './fields';

export const deleteOperation: OperationSpec = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a payroll supplement',
	description: 'Delete a payroll supplement',
	method: 'DELETE',
	path: 'payroll/supplements/{id}',
	fields: [{ ...supplementId, in: 'path' }],
};

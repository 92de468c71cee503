import type { OperationSpec } from '../../engine/types';
import { shiftId } from './fields';

export const deleteOperation: OperationSpec = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a shift',
	description: 'Delete a shift',
	method: 'DELETE',
	path: 'attendance/shifts/{id}',
	fields: [{ ...shiftId, in: 'path' }],
};

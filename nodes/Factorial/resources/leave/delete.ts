import type { OperationSpec } from '../../engine/types';
import { leaveId } from './fields';

export const deleteOperation: OperationSpec = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a leave',
	description: 'Delete a leave',
	method: 'DELETE',
	path: 'timeoff/leaves/{id}',
	fields: [{ ...leaveId, in: 'path' }],
};

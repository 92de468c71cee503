import type { OperationSpec } from '../../engine/types';
import { timeRecordId } from './fields';

export const deleteOperation: OperationSpec = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a time record',
	description: 'Delete a time record',
	method: 'DELETE',
	path: 'project_management/time_records/{id}',
	fields: [{ ...timeRecordId, in: 'path' }],
};

import type { OperationSpec } from '../../engine/types';
import { compensationId } from './fields';

export const deleteOperation: OperationSpec = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a compensation',
	description: 'Delete a compensation',
	method: 'DELETE',
	path: 'contracts/compensations/{id}',
	fields: [{ ...compensationId, in: 'path' }],
};

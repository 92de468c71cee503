import type { OperationSpec } from '../../engine/types';
import { candidateId } from './fields';

export const deleteOperation: OperationSpec = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a candidate',
	description: 'Delete a candidate',
	method: 'DELETE',
	path: 'ats/candidates/{id}',
	fields: [{ ...candidateId, in: 'path' }],
};

import type { OperationSpec } from '../../engine/types';
import { applicationId } from './fields';

export const deleteOperation: OperationSpec = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete an application',
	description: 'Delete an application',
	method: 'DELETE',
	path: 'ats/applications/{id}',
	fields: [{ ...applicationId, in: 'path' }],
};

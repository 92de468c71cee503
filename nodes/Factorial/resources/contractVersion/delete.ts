import type { OperationSpec } from '../../engine/types';
import { contractVersionId } from './fields';

export const deleteOperation: OperationSpec = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete a contract version',
	description: 'Delete a contract version',
	method: 'DELETE',
	path: 'contracts/contract_versions/{id}',
	fields: [{ ...contractVersionId, in: 'path' }],
};

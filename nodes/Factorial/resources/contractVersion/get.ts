import type { OperationSpec } from '../../engine/types';
import { contractVersionId } from './fields';

export const get: OperationSpec = {
	value: 'get',
	name: 'Get',
	action: 'Get a contract version',
	description: 'Retrieve one contract version with its job title, salary and working time',
	method: 'GET',
	path: 'contracts/contract_versions/{id}',
	fields: [{ ...contractVersionId, in: 'path' }],
};

import type { OperationSpec } from '../../engine/types';
import { compensationId } from './fields';

export const get: OperationSpec = {
	value: 'get',
	name: 'Get',
	action: 'Get a compensation',
	description: 'Retrieve one compensation',
	method: 'GET',
	path: 'contracts/compensations/{id}',
	fields: [{ ...compensationId, in: 'path' }],
};

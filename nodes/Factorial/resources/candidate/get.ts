import type { OperationSpec } from '../../engine/types';
import { candidateId } from './fields';

export const get: OperationSpec = {
	value: 'get',
	name: 'Get',
	action: 'Get a candidate',
	description: 'Retrieve one candidate',
	method: 'GET',
	path: 'ats/candidates/{id}',
	fields: [{ ...candidateId, in: 'path' }],
};

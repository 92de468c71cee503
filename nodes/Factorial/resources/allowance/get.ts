import { recordId } from '../../engine/commonFields';
import type { OperationSpec } from '../../engine/types';

export const get: OperationSpec = {
	value: 'get',
	name: 'Get',
	action: 'Get an allowance',
	description: 'Retrieve one allowance',
	method: 'GET',
	path: 'timeoff/allowances/{id}',
	fields: [{ ...recordId('allowanceId', 'Allowance ID'), in: 'path' }],
};

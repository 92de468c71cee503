import type { OperationSpec } from '../../engine/types';
import { leaveId } from './fields';

export const get: OperationSpec = {
	value: 'get',
	name: 'Get',
	action: 'Get a leave',
	description: 'Retrieve one leave',
	method: 'GET',
	path: 'timeoff/leaves/{id}',
	fields: [{ ...leaveId, in: 'path' }],
};

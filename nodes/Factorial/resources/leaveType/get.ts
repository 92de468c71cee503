import type { OperationSpec } from '../../engine/types';
import { leaveTypeId } from './fields';

export const get: OperationSpec = {
	value: 'get',
	name: 'Get',
	action: 'Get a leave type',
	description: 'Retrieve one leave type',
	method: 'GET',
	path: 'timeoff/leave_types/{id}',
	fields: [{ ...leaveTypeId, in: 'path' }],
};

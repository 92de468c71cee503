import type { OperationSpec } from '../../engine/types';
import { shiftId } from './fields';

export const get: OperationSpec = {
	value: 'get',
	name: 'Get',
	action: 'Get a shift',
	description: 'Retrieve one shift',
	method: 'GET',
	path: 'attendance/shifts/{id}',
	fields: [{ ...shiftId, in: 'path' }],
};

import type { OperationSpec } from '../../engine/types';
import { supplementId } from './fields';

export const get: OperationSpec = {
	value: 'get',
	name: 'Get',
	action: 'Get a payroll supplement',
	description: 'Retrieve one payroll supplement',
	method: 'GET',
	path: 'payroll/supplements/{id}',
	fields: [{ ...supplementId, in: 'path' }],
};

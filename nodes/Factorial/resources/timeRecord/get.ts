import type { OperationSpec } from '../../engine/types';
import { timeRecordId } from './fields';

export const get: OperationSpec = {
	value: 'get',
	name: 'Get',
	action: 'Get a time record',
	description: 'Retrieve one time record',
	method: 'GET',
	path: 'project_management/time_records/{id}',
	fields: [{ ...timeRecordId, in: 'path' }],
};

import type { OperationSpec } from '../../engine/types';
import { applicationId } from './fields';

export const get: OperationSpec = {
	value: 'get',
	name: 'Get',
	action: 'Get an application',
	description: 'Retrieve one application',
	method: 'GET',
	path: 'ats/applications/{id}',
	fields: [{ ...applicationId, in: 'path' }],
};

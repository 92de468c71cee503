import type { OperationSpec } from '../../engine/types';
import { projectId } from './fields';

export const get: OperationSpec = {
	value: 'get',
	name: 'Get',
	action: 'Get a project',
	description: 'Retrieve one project',
	method: 'GET',
	path: 'project_management/projects/{id}',
	fields: [{ ...projectId, in: 'path' }],
};

import type { OperationSpec } from '../../engine/types';
import { projectDetails, projectId } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a project',
	description: 'Change the name, dates or details of a project',
	method: 'PUT',
	path: 'project_management/projects/{id}',
	fields: [
		// Factorial wants the id both in the path and in the body of a PUT.
		{ ...projectId, in: 'pathAndBody' },
		{ wire: 'name', displayName: 'Name', kind: 'string', required: true, description: 'Factorial asks for the name on every update; enter the current one to keep it' },
	],
	optional: { name: 'updateFields', displayName: 'Update Fields', fields: projectDetails },
};

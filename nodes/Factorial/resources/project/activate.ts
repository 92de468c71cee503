import { recordShows } from '../../engine/checks';
import type { OperationSpec } from '../../engine/types';
import { projectId } from './fields';

export const activate: OperationSpec = {
	name: 'activate',
	displayName: 'Activate',
	action: 'Activate a project',
	description: 'Set a project active, for example to reopen a closed one',
	method: 'POST',
	path: 'project_management/projects/activate',
	fields: [projectId],
	check: recordShows('the project is active', (id) => `project_management/projects/${id}`, 'id', (project) => project.status === 'active'),
};

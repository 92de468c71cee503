import { recordShows } from '../../engine/checks';
import type { OperationSpec } from '../../engine/types';
import { projectId } from './fields';

export const close: OperationSpec = {
	name: 'close',
	displayName: 'Close',
	action: 'Close a project',
	description: 'Close a project: no more time can be recorded on it',
	method: 'POST',
	path: 'project_management/projects/close',
	fields: [projectId],
	check: recordShows('the project is closed', (id) => `project_management/projects/${id}`, 'id', (project) => project.status === 'closed'),
};

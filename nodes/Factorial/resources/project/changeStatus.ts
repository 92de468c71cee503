import { recordShows, same } from '../../engine/checks';
import type { OperationSpec } from '../../engine/types';
import { projectId, statusOptions } from './fields';

export const changeStatus: OperationSpec = {
	name: 'changeStatus',
	displayName: 'Change Status',
	action: 'Change the status of a project',
	description: 'Set a project to active, closed, draft or processing',
	method: 'POST',
	path: 'project_management/projects/change_status',
	fields: [
		projectId,
		{ wire: 'status', displayName: 'Status', kind: 'options', options: statusOptions, default: 'active', required: true },
	],
	check: recordShows('the project has that status', (id) => `project_management/projects/${id}`, 'id', (project, sent) => same(project.status, sent.values.status)),
};

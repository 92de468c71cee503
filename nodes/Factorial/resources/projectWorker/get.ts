import { recordId } from '../../engine/commonFields';
import type { OperationSpec } from '../../engine/types';

export const get: OperationSpec = {
	value: 'get',
	name: 'Get',
	action: 'Get a project worker',
	description: 'Retrieve one employee\'s assignment to a project',
	method: 'GET',
	path: 'project_management/project_workers/{id}',
	fields: [{ ...recordId('projectWorkerId', 'Project Worker ID'), in: 'path' }],
};

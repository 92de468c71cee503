import { recordId } from '../../engine/commonFields';
import { getById } from '../../engine/commonOperations';

export const get = getById({
	noun: 'project worker',
	path: 'project_management/project_workers/{id}',
	id: recordId('projectWorkerId', 'Project Worker ID'),
	description: 'Retrieve one employee\'s assignment to a project',
});

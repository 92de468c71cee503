import type { OperationSpec } from '../../engine/types';
import { trainingIds } from './fields';

export const bulkDelete: OperationSpec = {
	name: 'bulkDelete',
	displayName: 'Delete Many',
	action: 'Delete many trainings',
	description: 'Delete several trainings at once',
	method: 'POST',
	path: 'trainings/trainings/bulk_delete',
	fields: [trainingIds],
	tool: { caution: 'deletes every training listed' },
};

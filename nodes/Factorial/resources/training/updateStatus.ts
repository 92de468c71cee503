import { recordShows, same } from '../../engine/checks';
import type { OperationSpec } from '../../engine/types';
import { notify, status, trainingId } from './fields';

export const updateStatus: OperationSpec = {
	name: 'updateStatus',
	displayName: 'Set Status',
	action: 'Set the status of a training',
	description: 'Publish a draft training, or put it back to draft',
	method: 'POST',
	path: 'trainings/trainings/update_status',
	fields: [trainingId, status, notify],
	check: recordShows('the training has that status', (id) => `trainings/trainings/${id}`, 'id', (record, sent) => same(record.status, sent.values.status)),
};

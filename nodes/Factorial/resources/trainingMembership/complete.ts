import { recordShows } from '../../engine/checks';
import type { OperationSpec } from '../../engine/types';
import { trainingMembershipId } from './fields';

export const complete: OperationSpec = {
	name: 'complete',
	displayName: 'Set Completion Date',
	action: 'Set when a participant completed a training',
	description: 'Record the day an employee completed a training. Factorial accepts this only with an API key credential.',
	method: 'PUT',
	path: 'trainings/training_memberships/{id}',
	apiKeyOnly: true,
	fields: [
		{ ...trainingMembershipId, in: 'pathAndBody' },
		{ wire: 'training_completed_at', displayName: 'Completed On', kind: 'date', required: true },
	],
	check: recordShows('the participant has that completion date', (id) => `trainings/training_memberships/${id}`, 'id', (record, sent) =>
		String(record.training_completed_at ?? '').startsWith(String(sent.values.training_completed_at)),
	),
};

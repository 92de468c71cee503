import { recordShows, same } from '../../engine/checks';
import type { OperationSpec } from '../../engine/types';
import { applicationId, phaseId } from './fields';

export const moveToPhase: OperationSpec = {
	name: 'moveToPhase',
	displayName: 'Move to Phase',
	action: 'Move an application to a phase',
	description: 'Move an application to another hiring phase of its job posting',
	method: 'POST',
	path: 'ats/applications/move_to_phase',
	fields: [
		applicationId,
		{ ...phaseId, required: true, description: 'The phase to move to; it must belong to the application\'s job posting' },
	],
	check: recordShows(
		'the application is in that phase',
		(id) => `ats/applications/${id}`,
		'id',
		(application, sent) => same(application.ats_application_phase_id, sent.values.ats_application_phase_id),
	),
};

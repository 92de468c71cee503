import type { OperationSpec } from '../../engine/types';
import { details, name, trainingSessionId } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a training session',
	description: 'Change a session; Factorial needs its name every time',
	method: 'PUT',
	path: 'trainings/sessions/{id}',
	fields: [{ ...trainingSessionId, in: 'pathAndBody' }, name],
	optional: { name: 'updateFields', displayName: 'Update Fields', fields: details },
};

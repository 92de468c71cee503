import type { OperationSpec } from '../../engine/types';
import { details, name } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a training session',
	description: 'Add a session (a date, a link, a place) to a training',
	method: 'POST',
	path: 'trainings/sessions',
	fields: [{ wire: 'training_id', displayName: 'Training ID', kind: 'id', required: true }, name],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [
			{ wire: 'training_class_id', displayName: 'Training Class ID', kind: 'id' },
			{ wire: 'description', displayName: 'Description', kind: 'string' },
			...details,
		],
	},
};

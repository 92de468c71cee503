import { autofilledCompanyId } from '../../engine/commonFields';
import type { OperationSpec } from '../../engine/types';
import { description, details, external, name, year } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a training',
	description: 'Add a training to the company\'s catalog',
	method: 'POST',
	path: 'trainings/trainings',
	fields: [
		name,
		description,
		year,
		external,
		autofilledCompanyId,
		// Factorial requires the list even when there is nothing to attach.
		{ wire: 'attachments', displayName: 'Attachments', kind: 'json', default: '[]', autofill: 'emptyList', description: 'A JSON array of Factorial attachment objects; [] for none' },
	],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [
			...details,
			{ wire: 'objectives', displayName: 'Objectives', kind: 'string' },
			{ wire: 'total_duration', displayName: 'Total Duration (Hours)', kind: 'number', min: 0 },
			{ wire: 'is_mandatory', displayName: 'Mandatory', kind: 'boolean', default: false, description: 'Whether the training is mandatory' },
		],
	},
};

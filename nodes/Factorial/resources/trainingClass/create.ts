import { autofilledCompanyId } from '../../engine/commonFields';
import type { OperationSpec } from '../../engine/types';
import { costs, description, endDate, name, startDate } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a training class',
	description: 'Schedule a class of a training, with its dates and costs',
	method: 'POST',
	path: 'trainings/training_classes',
	fields: [
		{ wire: 'training_id', displayName: 'Training ID', kind: 'id', required: true },
		{ ...startDate, required: true },
		{ ...endDate, required: true },
		{ wire: 'author_id', displayName: 'Author Access ID', kind: 'id', required: true, description: 'The access ID (access_id) of the employee creating the class' },
		...costs,
		autofilledCompanyId,
	],
	optional: { name: 'additionalFields', displayName: 'Additional Fields', fields: [name, description] },
};

import type { OperationSpec } from '../../engine/types';
import { description, details, external, name, trainingId, year } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a training',
	description: 'Change a training; Factorial needs its name, description, year and whether it is external every time',
	method: 'PUT',
	path: 'trainings/trainings/{id}',
	fields: [{ ...trainingId, in: 'pathAndBody' }, name, description, year, external],
	optional: { name: 'updateFields', displayName: 'Update Fields', fields: details },
};

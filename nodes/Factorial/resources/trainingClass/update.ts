import type { OperationSpec } from '../../engine/types';
import { costs, description, endDate, name, startDate, trainingClassId } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a training class',
	description: 'Change a class; Factorial needs its costs and payment status every time',
	method: 'PUT',
	path: 'trainings/training_classes/{id}',
	fields: [{ ...trainingClassId, in: 'pathAndBody' }, ...costs],
	optional: { name: 'updateFields', displayName: 'Update Fields', fields: [name, description, startDate, endDate] },
};

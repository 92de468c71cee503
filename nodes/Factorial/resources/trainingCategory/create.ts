import { autofilledCompanyId } from '../../engine/commonFields';
import type { OperationSpec } from '../../engine/types';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a training category',
	description: 'Create a category to group trainings',
	method: 'POST',
	path: 'trainings/categories',
	fields: [{ wire: 'name', displayName: 'Name', kind: 'string', required: true, placeholder: 'e.g. Safety' }, autofilledCompanyId],
};

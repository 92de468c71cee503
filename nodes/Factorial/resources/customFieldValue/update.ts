import type { OperationSpec } from '../../engine/types';
import { customFieldValueId } from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a custom field value',
	description: 'Change a custom field value',
	method: 'PUT',
	path: 'custom_fields/values/{id}',
	fields: [{ ...customFieldValueId, in: 'pathAndBody' }, { wire: 'value', displayName: 'Value', kind: 'string', required: true }],
};

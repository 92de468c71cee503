import { autofilledCompanyId } from '../../engine/commonFields';
import type { OperationSpec } from '../../engine/types';
import { editable, fieldType, label, maxValue, minValue, options, position, required, visible } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a custom field',
	description: 'Add a custom field to employee profiles',
	method: 'POST',
	path: 'custom_fields/fields',
	fields: [autofilledCompanyId, { ...fieldType, required: true }],
	optional: { name: 'additionalFields', displayName: 'Additional Fields', fields: [label, editable, visible, required, options, minValue, maxValue, position] },
};

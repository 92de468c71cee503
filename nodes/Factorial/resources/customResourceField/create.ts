import { autofilledCompanyId } from '../../engine/commonFields';
import type { OperationSpec } from '../../engine/types';
import { editable, fieldType, label, maxValue, minValue, options, position, required, visible } from '../customField/fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a custom resource field',
	description: 'Add a field to a custom resource schema',
	method: 'POST',
	path: 'custom_fields/resource_fields',
	fields: [
		{ wire: 'schema_id', displayName: 'Schema ID', kind: 'id', required: true },
		autofilledCompanyId,
		{ ...fieldType, required: true },
		{ ...required, required: true },
		{ ...editable, required: true },
		{ ...visible, required: true },
	],
	optional: { name: 'additionalFields', displayName: 'Additional Fields', fields: [label, options, minValue, maxValue, position] },
};

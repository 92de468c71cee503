import { listHolds } from '../../engine/checks';
import { autofilledCompanyId } from '../../engine/commonFields';
import type { OperationSpec } from '../../engine/types';
import { essentials, settings } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a leave type',
	description: 'Create a kind of leave, such as vacation or sick leave',
	method: 'POST',
	path: 'timeoff/leave_types',
	fields: [...essentials.map((field) => ({ ...field, required: true })), autofilledCompanyId],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [...settings, { wire: 'editable', displayName: 'Editable', kind: 'boolean', description: 'Whether the leave type can be edited later' }],
	},
	// The identifier is the leave type's unique code.
	check: listHolds(
		'a leave type with that identifier',
		() => ({ path: 'timeoff/leave_types' }),
		(type, sent) => sent.values.identifier !== undefined && type.identifier === sent.values.identifier,
	),
};

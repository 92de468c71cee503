import type { OperationSpec } from '../../engine/types';
import { description, main, name } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a time off policy',
	description: 'Create a time off policy, optionally as a copy of another',
	method: 'POST',
	path: 'timeoff/policies',
	fields: [{ ...name, required: true }],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [description, main, { wire: 'based_on_policy_id', displayName: 'Based on Policy ID', kind: 'id', description: 'A policy to start from' }],
	},
};

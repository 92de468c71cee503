import type { OperationSpec } from '../../engine/types';
import { name, paid } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a break configuration',
	description: 'Create a kind of break, paid or unpaid',
	method: 'POST',
	path: 'time_settings/break_configurations',
	fields: [{ ...name, required: true }, { ...paid, required: true }],
};

import type { OperationSpec } from '../../engine/types';
import { name } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a work schedule',
	description: 'Create a work schedule; add its periods and days afterwards',
	method: 'POST',
	path: 'work_schedule/schedules',
	fields: [
		{ ...name, required: true },
		// No choices in the catalog, only "flexible or fixed" in words: typed, not picked.
		{ wire: 'schedule_type', displayName: 'Schedule Type', kind: 'string', required: true, placeholder: 'e.g. fixed', description: 'Whether the schedule is flexible or fixed' },
	],
};

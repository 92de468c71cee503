import type { OperationSpec } from '../../engine/types';
import { allowanceId, daysInCents, description, effectiveOn, targetBalance } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create an allowance adjustment',
	description: 'Add days or hours to an employee\'s allowance, or take them away',
	method: 'POST',
	path: 'timeoff/allowance_incidences',
	fields: [
		{ wire: 'employee_id', displayName: 'Employee', kind: 'locator', locator: 'employee', required: true },
		{ ...allowanceId, required: true },
		{ ...daysInCents, required: true },
		{ ...effectiveOn, required: true },
		{ ...targetBalance, required: true },
	],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [
			description,
			{ wire: '_skip_notifications', name: 'skipNotifications', displayName: 'Skip Notifications', kind: 'boolean', description: 'Whether to not notify the employee' },
		],
	},
};

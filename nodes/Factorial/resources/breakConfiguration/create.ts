import { listHolds, same } from '../../engine/checks';
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
	check: listHolds(
		'an active break configuration with that name, paid as sent',
		() => ({ path: 'time_settings/break_configurations', query: { active: true } }),
		(config, sent) => config.name === sent.values.name && same(config.paid, sent.values.paid),
	),
};

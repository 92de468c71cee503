import type { ResourceSpec } from '../../engine/types';
import { duplicate, remind, removeSchedule, reopen, schedule, start, stop, toggleArchive, update, updateDeadline, updateSchedule } from './actions';
import { createFromTemplate } from './createFromTemplate';
import { create } from './create';
import { deleteOperation } from './delete';
import { get } from './get';
import { getAll } from './getAll';

export const reviewProcess: ResourceSpec = {
	name: 'reviewProcess',
	displayName: 'Review Process',
	description: 'Performance reviews: set up, schedule, start, remind, stop, archive',
	operations: [
		get,
		getAll,
		create,
		createFromTemplate,
		duplicate,
		update,
		schedule,
		updateSchedule,
		removeSchedule,
		start,
		remind,
		updateDeadline,
		stop,
		reopen,
		toggleArchive,
		deleteOperation,
	],
};

import type { OperationSpec } from '../../engine/types';
import { employeeIds, endOn, startOn } from './fields';

export const getExpected: OperationSpec = {
	name: 'getExpected',
	displayName: 'Get Expected Times',
	action: 'Get expected (estimated) working times',
	description: 'How long each employee is expected to work per day in a date range (Factorial\'s estimated times)',
	method: 'GET',
	path: 'attendance/estimated_times',
	list: true,
	fields: [
		{ ...startOn, required: true, in: 'query' },
		{ ...endOn, required: true, in: 'query' },
		{ ...employeeIds, required: true, in: 'query', description: 'The employees to read (comma-separated IDs)' },
	],
};

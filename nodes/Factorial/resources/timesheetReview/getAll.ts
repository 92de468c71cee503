import type { OperationSpec } from '../../engine/types';
import { employeeIds, endOn, startOn } from './fields';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many timesheet reviews',
	description: 'Days of the employees\' timesheets a manager has reviewed, page by page',
	method: 'GET',
	path: 'attendance/reviews',
	list: true,
	fields: [
		employeeIds,
		startOn,
		endOn,
		{ wire: 'reviewed_at', displayName: 'Reviewed At', kind: 'dateTime', required: true, description: 'When the reviews were made' },
	],
};

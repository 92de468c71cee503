import type { OperationSpec } from '../../engine/types';
import { leaveId } from './fields';
import { recordShows } from '../../engine/checks';

export const approve: OperationSpec = {
	name: 'approve',
	displayName: 'Approve',
	action: 'Approve a leave',
	description: 'Approve a leave request',
	tool: { caution: 'decides a time off request on behalf of a manager; the employee is notified' },
	method: 'POST',
	path: 'timeoff/leaves/approve',
	fields: [leaveId],
	check: recordShows('the leave is approved', (id) => `timeoff/leaves/${id}`, 'id', (record) => record.approved === true),
};

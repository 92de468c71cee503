import type { OperationSpec } from '../../engine/types';
import { leaveId } from './fields';
import { recordShows } from '../../engine/checks';

export const approveAll: OperationSpec = {
	name: 'approveAll',
	displayName: 'Approve All',
	action: 'Approve all steps of a leave',
	description: 'Approve a leave with all of its pending approval steps at once',
	tool: { caution: 'decides a time off request on behalf of every approver; the employee is notified' },
	method: 'POST',
	path: 'timeoff/leaves/approve_all',
	fields: [leaveId],
	check: recordShows('the leave is approved', (id) => `timeoff/leaves/${id}`, 'id', (record) => record.approved === true),
};

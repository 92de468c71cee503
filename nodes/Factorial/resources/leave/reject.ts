import type { OperationSpec } from '../../engine/types';
import { leaveId } from './fields';
import { recordShows } from '../../engine/checks';

export const reject: OperationSpec = {
	name: 'reject',
	displayName: 'Reject',
	action: 'Reject a leave',
	description: 'Reject a leave request',
	tool: { caution: 'decides a time off request on behalf of a manager; the employee is notified' },
	method: 'POST',
	path: 'timeoff/leaves/reject',
	fields: [leaveId],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [{ wire: 'reason', displayName: 'Reason', kind: 'string', description: 'Why the leave is rejected' }],
	},
	check: recordShows('the leave is rejected', (id) => `timeoff/leaves/${id}`, 'id', (record) => record.approved === false),
};

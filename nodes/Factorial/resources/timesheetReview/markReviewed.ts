import type { OperationSpec } from '../../engine/types';
import { employeeIds, endOn, startOn } from './fields';

export const markReviewed: OperationSpec = {
	name: 'markReviewed',
	displayName: 'Mark as Reviewed',
	action: 'Mark timesheets as reviewed',
	description: 'Mark each day of the range as reviewed for the employees',
	method: 'POST',
	path: 'attendance/reviews/bulk_create',
	fields: [employeeIds, startOn, endOn, { wire: 'reviewed_by', displayName: 'Reviewed By', kind: 'locator', locator: 'employee', required: true, description: 'The employee who reviewed' }],
};

import type { OperationSpec } from '../../engine/types';
import { employeeIds, endOn, startOn } from './fields';

export const unmarkReviewed: OperationSpec = {
	name: 'unmarkReviewed',
	displayName: 'Remove Reviews',
	action: 'Remove timesheet reviews',
	description: 'Delete the reviews of the employees in the range',
	method: 'POST',
	path: 'attendance/reviews/bulk_destroy',
	fields: [employeeIds, startOn, endOn],
};

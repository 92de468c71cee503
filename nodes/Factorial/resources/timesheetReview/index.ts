import type { ResourceSpec } from '../../engine/types';
import { getAll } from './getAll';
import { markReviewed } from './markReviewed';
import { unmarkReviewed } from './unmarkReviewed';

export const timesheetReview: ResourceSpec = {
	name: 'timesheetReview',
	displayName: 'Timesheet Review',
	description: 'Days of attendance a manager has reviewed',
	operations: [getAll, markReviewed, unmarkReviewed],
};

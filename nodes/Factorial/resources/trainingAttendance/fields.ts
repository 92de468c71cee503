import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const attendanceId = recordId('attendanceId', 'Attendance ID');

export const status: FieldSpec = {
	wire: 'status',
	displayName: 'Status',
	kind: 'options',
	default: 'completed',
	options: [
		{ name: 'Completed', value: 'completed' },
		{ name: 'In Progress', value: 'inprogress' },
		{ name: 'Missing', value: 'missing' },
		{ name: 'Pending', value: 'pending' },
	],
};

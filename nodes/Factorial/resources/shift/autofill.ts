import type { OperationSpec } from '../../engine/types';

export const autofill: OperationSpec = {
	name: 'autofill',
	displayName: 'Autofill',
	action: 'Autofill shifts for a date range',
	description: 'Fill each day of a range with the expected shifts; Factorial skips days already recorded, time off, holidays and days off',
	tool: { returns: 'Returns the shifts created', caution: 'Writes shifts for every employee and day named' },
	method: 'POST',
	path: 'attendance/shifts/autofill',
	fields: [
		{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id', required: true, description: 'The employees to fill (comma-separated IDs)' },
		{ wire: 'start_on', displayName: 'From Date', kind: 'date', required: true, description: 'First day to fill (inclusive)' },
		{ wire: 'end_on', displayName: 'To Date', kind: 'date', required: true, description: 'Last day to fill (inclusive)' },
	],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [{ wire: 'source', displayName: 'Source', kind: 'string', placeholder: 'e.g. api', description: 'Where the shifts are recorded from' }],
	},
};

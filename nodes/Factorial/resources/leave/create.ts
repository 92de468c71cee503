import type { OperationSpec } from '../../engine/types';
import { employeeId, leaveDetails, startOn } from './fields';
import { listHolds, same, text } from '../../engine/checks';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a leave',
	description: 'Request time off for an employee',
	tool: { returns: 'Returns the new leave with its id, dates, leave_type_id and approved' },
	method: 'POST',
	path: 'timeoff/leaves',
	fields: [
		{ ...employeeId, required: true },
		{ ...startOn, required: true },
	],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [
			...leaveDetails,
			{ wire: 'effective_on', displayName: 'Effective Date', kind: 'date' },
			{ wire: 'medical_leave_type', displayName: 'Medical Leave Type', kind: 'number', integer: true, description: 'For medical leaves: the type number Factorial uses' },
			{ wire: 'medical_discharge_reason', displayName: 'Medical Discharge Reason', kind: 'string' },
			{ wire: 'colegiate_number', displayName: 'Doctor\'s Registration Number', kind: 'number', min: 0, integer: true, description: 'For medical leaves: the registration (colegiado) number of the doctor' },
			{ wire: 'has_previous_relapse', displayName: 'Has Previous Relapse', kind: 'boolean', description: 'Whether this medical leave is a relapse of an earlier one' },
			{ wire: 'relapse_leave_id', displayName: 'Relapse Leave ID', kind: 'string', description: 'For a relapse: the ID of the earlier leave' },
			{ wire: 'relapse_on', displayName: 'Relapse Date', kind: 'date' },
			{ wire: 'accident_on', displayName: 'Accident Date', kind: 'date' },
			{ wire: 'paternity_birth_on', displayName: 'Birth Date (Parental Leave)', kind: 'date', description: 'For parental leaves: the date of birth' },
		],
	},
	// The employee's leaves overlapping those days, of that type: one that starts and ends as sent.
	check: listHolds(
		'a leave of that employee with those dates (and type)',
		(sent) => {
			const employee = text(sent, 'employee_id');
			const start = text(sent, 'start_on');
			if (employee === undefined || start === undefined) return undefined;
			const type = text(sent, 'leave_type_id');
			return {
				path: 'timeoff/leaves',
				query: { employee_ids: [employee], from: start, to: text(sent, 'finish_on') ?? start, ...(type ? { leave_type_id: [type] } : {}) },
			};
		},
		(record, sent) =>
			same(record.employee_id, sent.values.employee_id) &&
			same(record.start_on, sent.values.start_on) &&
			same(record.finish_on, sent.values.finish_on) &&
			(sent.values.leave_type_id === undefined || same(record.leave_type_id, sent.values.leave_type_id)) &&
			(record.deleted_at === undefined || record.deleted_at === null),
	),
};

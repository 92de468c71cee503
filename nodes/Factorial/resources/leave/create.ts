import type { OperationSpec } from '../../engine/types';
import { employeeId, leaveDetails, startOn } from './fields';

export const create: OperationSpec = {
	value: 'create',
	name: 'Create',
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
};

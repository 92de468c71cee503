import type { IDataObject } from 'n8n-workflow';

import { dateAndTime, dayBefore, listHolds, same, text } from '../../engine/checks';
import { recordId } from '../../engine/commonFields';
import type { FieldSpec, WriteCheck } from '../../engine/types';

export const shiftId: FieldSpec = recordId('shiftId', 'Shift ID', 'The ID of the shift (one stretch of attendance)');

export const employeeId = (description: string): FieldSpec => ({
	wire: 'employee_id',
	displayName: 'Employee',
	kind: 'locator',
	locator: 'employee',
	description,
});

/** The moment of a clock action; left empty, the time the node runs. */
export const now = (displayName: string): FieldSpec => ({
	wire: 'now',
	displayName,
	kind: 'dateTime',
	autofill: 'now',
	description: 'Leave empty to use the current time',
});

export const shiftDate: FieldSpec = { wire: 'date', displayName: 'Date', kind: 'date', description: 'The day of the shift' };
export const clockIn: FieldSpec = { wire: 'clock_in', displayName: 'Clock In Time', kind: 'time', placeholder: 'e.g. 09:00', description: 'Time of day the shift starts, as HH:MM' };
export const clockOut: FieldSpec = { wire: 'clock_out', displayName: 'Clock Out Time', kind: 'time', placeholder: 'e.g. 17:30', description: 'Time of day the shift ends, as HH:MM' };
export const referenceDate: FieldSpec = { wire: 'reference_date', displayName: 'Reference Date', kind: 'date', description: 'The working day the shift counts for, if not its date (for example a night shift)' };
export const observations: FieldSpec = { wire: 'observations', displayName: 'Observations', kind: 'string', description: 'A note on the shift' };

export const locationType: FieldSpec = {
	wire: 'location_type',
	displayName: 'Location Type',
	kind: 'options',
	options: [
		{ name: 'Business Trip', value: 'business_trip' },
		{ name: 'Office', value: 'office' },
		{ name: 'Work From Home', value: 'work_from_home' },
	],
	description: 'Where the employee works during the shift',
};

export const workplaceId: FieldSpec = { wire: 'workplace_id', displayName: 'Location', kind: 'locator', locator: 'location', description: 'The company location of the shift' };
export const breakConfigurationId: FieldSpec = { wire: 'time_settings_break_configuration_id', displayName: 'Break Configuration ID', kind: 'string' };
export const projectWorkerId: FieldSpec = { wire: 'project_worker_id', displayName: 'Project Worker ID', kind: 'string', description: 'The project assignment the time is recorded against' };
export const subprojectId: FieldSpec = { wire: 'subproject_id', displayName: 'Subproject ID', kind: 'string' };

export const position: FieldSpec[] = [
	{ wire: 'latitude', displayName: 'Latitude', kind: 'number', min: -90, max: 90 },
	{ wire: 'longitude', displayName: 'Longitude', kind: 'number', min: -180, max: 180 },
	{ wire: 'accuracy', displayName: 'Location Accuracy', kind: 'number', min: 0, description: 'Accuracy of the latitude and longitude' },
];

/**
 * The clock's checks: the shifts of the employee named, from the day before `now` (a shift closed
 * now may have opened then) to its day, hold one that the clock action opened or closed at that
 * minute. Without an employee (a user token clocking for itself) nothing says whose shifts to read.
 */
export function clockCheck(says: string, shows: (shift: IDataObject, at: { date: string; time: string }) => boolean): WriteCheck {
	return listHolds(
		says,
		(sent) => {
			const employee = text(sent, 'employee_id');
			const at = dateAndTime(sent.values.now);
			if (employee === undefined || at === undefined) return undefined;
			return { path: 'attendance/shifts', query: { employee_ids: [employee], start_on: dayBefore(at.date), end_on: at.date } };
		},
		(shift, sent) => {
			const at = dateAndTime(sent.values.now);
			return at !== undefined && same(shift.employee_id, sent.values.employee_id) && shows(shift, at);
		},
	);
}

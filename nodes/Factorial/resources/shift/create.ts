import { halfDay } from '../../engine/commonFields';
import type { OperationSpec } from '../../engine/types';
import {
	breakConfigurationId,
	clockIn,
	clockOut,
	employeeId,
	locationType,
	observations,
	projectWorkerId,
	referenceDate,
	shiftDate,
	workplaceId,
} from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a shift',
	description: 'Record a shift with its clock in and clock out times',
	method: 'POST',
	path: 'attendance/shifts',
	fields: [{ ...shiftDate, required: true }],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [
			employeeId('The employee who worked the shift'),
			clockIn,
			clockOut,
			referenceDate,
			observations,
			locationType,
			workplaceId,
			halfDay,
			{ wire: 'workable', displayName: 'Workable', kind: 'boolean', description: 'Whether the shift counts as working time' },
			{ wire: 'day', displayName: 'Day', kind: 'number', min: 0, integer: true, description: 'Number of days of the shift' },
			{
				wire: 'source',
				displayName: 'Source',
				kind: 'options',
				description: 'Where the shift was recorded',
				options: [
					{ name: 'API', value: 'api' },
					{ name: 'Desktop', value: 'desktop' },
					{ name: 'Face Recognition', value: 'face_recognition' },
					{ name: 'Mobile', value: 'mobile' },
					{ name: 'Mobile Geolocation', value: 'mobile_geolocation' },
					{ name: 'One Assistant', value: 'one_assistant' },
					{ name: 'QR Code', value: 'qr_code' },
					{ name: 'Shared Device', value: 'shared_device' },
					{ name: 'System', value: 'system' },
				],
			},
			breakConfigurationId,
			projectWorkerId,
		],
	},
};

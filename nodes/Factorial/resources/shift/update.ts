import type { OperationSpec } from '../../engine/types';
import {
	breakConfigurationId,
	clockIn,
	clockOut,
	locationType,
	observations,
	referenceDate,
	shiftDate,
	shiftId,
	workplaceId,
} from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update a shift',
	description: 'Change the times or details of a shift',
	method: 'PUT',
	path: 'attendance/shifts/{id}',
	// Factorial wants the id both in the path and in the body of a PUT.
	fields: [{ ...shiftId, in: 'pathAndBody' }],
	optional: {
		name: 'updateFields',
		displayName: 'Update Fields',
		fields: [
			shiftDate,
			clockIn,
			clockOut,
			referenceDate,
			observations,
			locationType,
			workplaceId,
			breakConfigurationId,
		],
	},
};

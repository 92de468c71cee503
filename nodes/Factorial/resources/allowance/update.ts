import type { OperationSpec } from '../../engine/types';
import * as f from './fields';

export const update: OperationSpec = {
	name: 'update',
	displayName: 'Update',
	action: 'Update an allowance',
	description: 'Change settings of an allowance',
	method: 'PUT',
	path: 'timeoff/allowances/{id}',
	fields: [{ ...f.allowanceId, in: 'pathAndBody' }],
	optional: {
		name: 'updateFields',
		displayName: 'Update Fields',
		fields: [f.name, f.leaveTypeIds, f.amount, f.availableDays, f.daysType, f.negativeCounter, f.proration, f.rounding, f.countHolidays, f.prorated, ...f.unlimited, f.tenurePeriods, ...f.settings],
	},
};

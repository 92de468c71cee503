import type { FieldSpec, OperationSpec } from '../../engine/types';
import * as f from './fields';

const required = (field: FieldSpec): FieldSpec => ({ ...field, required: true });

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create an allowance',
	description: 'Add an allowance to a time off policy; Factorial asks for every setting',
	method: 'POST',
	path: 'timeoff/allowances',
	fields: [
		f.name,
		f.policyId,
		f.leaveTypeIds,
		f.amount,
		f.allowanceType,
		f.availableDays,
		f.accruedAvailability,
		f.cycleStart,
		f.daysType,
		f.negativeCounter,
		f.proration,
		f.rounding,
		f.sourceUnits,
		f.countHolidays,
		f.prorated,
		...f.unlimited,
		f.tenurePeriods,
	].map(required),
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [{ wire: 'cycle_length', displayName: 'Cycle Length (Months)', kind: 'number', integer: true, min: 1 }, ...f.settings],
	},
};

import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const planningVersionId = recordId('planningVersionId', 'Planning Version ID');
export const effectiveAt: FieldSpec = { wire: 'effective_at', displayName: 'Effective From', kind: 'date', required: true, description: 'The day the planning starts to apply' };
// The body's planning_tool has no choices in the catalog; the list filter's three are the known values.
export const planningTool: FieldSpec = {
	wire: 'planning_tool',
	displayName: 'Planning Tool',
	kind: 'options',
	required: true,
	default: 'work_schedule',
	options: [
		{ name: 'Contract Hours', value: 'contract_hours' },
		{ name: 'Shift Management', value: 'shift_management' },
		{ name: 'Work Schedule', value: 'work_schedule' },
	],
	description: 'How the employee\'s working time is planned',
};
export const optionalFields: FieldSpec[] = [
	{ wire: 'schedule_id', displayName: 'Work Schedule ID', kind: 'id', description: 'The work schedule, for the Work Schedule tool' },
	{ wire: 'number_of_rest_days_in_cents', displayName: 'Rest Days per Week (Hundredths)', kind: 'number', min: 0, integer: true, description: 'Rest days per week times 100, for example 150 for 1.5' },
];

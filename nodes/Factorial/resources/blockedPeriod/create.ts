import { autofilledCompanyId } from '../../engine/commonFields';
import type { OperationSpec } from '../../engine/types';
import { leaveTypeIds, name } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a blocked period',
	description: 'Block time off requests of some leave types; set its dates and employees with Update',
	method: 'POST',
	path: 'timeoff/blocked_periods',
	fields: [autofilledCompanyId, name, leaveTypeIds],
};

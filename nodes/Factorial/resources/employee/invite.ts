import type { OperationSpec } from '../../engine/types';
import { companyId, employeeId } from './fields';

export const invite: OperationSpec = {
	name: 'invite',
	displayName: 'Invite',
	action: 'Invite an employee',
	description: 'Send the Factorial invitation to an employee who has not joined yet',
	tool: { caution: 'sends an email invitation to the employee' },
	method: 'POST',
	path: 'employees/employees/invite',
	fields: [employeeId, companyId],
};

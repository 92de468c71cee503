import type { OperationSpec } from '../../engine/types';
import { companyId, createFields } from './fields';
import { fold, listHolds, text } from '../../engine/checks';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create an employee',
	description: 'Hire a new employee, with their first contract',
	tool: { caution: 'adds a person to the company\'s HR records' },
	method: 'POST',
	path: 'employees/employees/create_with_contract',
	fields: [
		companyId,
		{ wire: 'first_name', displayName: 'First Name', kind: 'string', required: true },
		{ wire: 'last_name', displayName: 'Last Name', kind: 'string', required: true },
		{ wire: 'email', displayName: 'Email', kind: 'email', required: true, description: 'The login email of the new employee, not a personal one' },
	],
	optional: { name: 'additionalFields', displayName: 'Additional Fields', fields: createFields },
	// The login e-mail is unique in Factorial.
	check: listHolds(
		'an employee with that login e-mail',
		(sent) => ({ path: 'employees/employees', query: { emails: [text(sent, 'email') ?? ''] } }),
		(record, sent) => fold(record.login_email) === fold(sent.values.email) || fold(record.email) === fold(sent.values.email),
	),
};

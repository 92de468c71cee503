import type { OperationSpec } from '../../engine/types';
import { country } from './fields';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many payroll identifiers',
	description: 'List employees\' social security numbers and tax IDs for one country, page by page',
	method: 'GET',
	path: 'payroll_employees/identifiers',
	list: true,
	fields: [{ ...country, in: 'query' }],
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Identifier IDs', kind: 'list', each: 'id' },
			{ wire: 'employees_ids', displayName: 'Employee IDs', kind: 'list', each: 'id' },
			{ wire: 'legal_entities_ids', displayName: 'Legal Entity IDs', kind: 'list', each: 'id' },
		],
	},
};

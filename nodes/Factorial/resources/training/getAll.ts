import type { OperationSpec } from '../../engine/types';

const flag = (wire: string, displayName: string, description: string) => ({ wire, displayName, kind: 'boolean' as const, default: false, description });

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many trainings',
	description: 'List trainings, page by page',
	method: 'GET',
	path: 'trainings/trainings',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Training IDs', kind: 'list', each: 'id' },
			{ wire: 'search', displayName: 'Search', kind: 'string', description: 'Text in the name, description or category' },
			{ wire: 'status', displayName: 'Status', kind: 'options', default: 'active', options: [{ name: 'Active', value: 'active' }, { name: 'Draft', value: 'draft' }] },
			{ wire: 'access_id', displayName: 'Access ID', kind: 'id', description: 'Trainings of the employee with this access ID' },
			flag('catalog', 'In Catalog', 'Whether to keep only trainings shown in the catalog'),
			flag('is_mandatory', 'Mandatory', 'Whether to keep only mandatory trainings'),
			flag('only_assigned', 'Only Assigned', 'Whether to keep only trainings with participants'),
			flag('with_expired_memberships', 'With Expired Participants', 'Whether to keep only trainings some participants\' validity has expired for'),
		],
	},
};

import type { OperationSpec } from '../../engine/types';

export const getAll: OperationSpec = {
	name: 'getAll',
	displayName: 'Get Many',
	action: 'Get many project workers',
	description: 'List who is assigned to which project, page by page',
	method: 'GET',
	path: 'project_management/project_workers',
	list: true,
	optional: {
		name: 'filters',
		displayName: 'Filters',
		fields: [
			{ wire: 'ids', displayName: 'Project Worker IDs', kind: 'list', each: 'id' },
			{ wire: 'project_ids', displayName: 'Project IDs', kind: 'list', each: 'id' },
			{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id' },
			{ wire: 'employee_name', displayName: 'Employee Name', kind: 'string', description: 'Only workers whose name matches' },
			{ wire: 'assigned', displayName: 'Assigned', kind: 'boolean', description: 'Whether to keep workers still assigned (on) or unassigned ones (off)' },
			{ wire: 'project_active', displayName: 'Project Active', kind: 'boolean', description: 'Whether to keep workers of active projects (on) or of closed ones (off)' },
			{ wire: 'subproject_ids', displayName: 'Subproject IDs', kind: 'list', each: 'id' },
			{ wire: 'no_subproject', displayName: 'Without Subproject', kind: 'boolean', description: 'Whether to keep only workers not assigned to any subproject' },
			{ wire: 'include_inputed_minutes', displayName: 'Include Tracked Minutes', kind: 'boolean', description: 'Whether to add up the minutes each worker recorded (otherwise they read 0)' },
			{ wire: 'include_cost', displayName: 'Include Costs', kind: 'boolean', description: 'Whether to add the costs of each worker' },
			{ wire: 'updated_after', displayName: 'Updated After', kind: 'date', description: 'Only workers created or changed after this day' },
		],
	},
};

import type { OperationSpec } from '../../engine/types';
import { projectDetails, statusOptions } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a project',
	description: 'Create a project that employees can record time against',
	method: 'POST',
	path: 'project_management/projects',
	fields: [{ wire: 'name', displayName: 'Name', kind: 'string', required: true, placeholder: 'e.g. New CRM' }],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [
			...projectDetails,
			{
				wire: 'status',
				displayName: 'Status',
				kind: 'options',
				// A new project can only start active or closed.
				options: statusOptions.filter((o) => o.value === 'active' || o.value === 'closed'),
				default: 'active',
				description: 'Left empty, the project is active',
			},
			{
				wire: 'employees_assignment',
				displayName: 'Who Can Record Time',
				kind: 'options',
				options: [
					{ name: 'Assigned Employees Only', value: 'manual' },
					{ name: 'Everyone in the Company', value: 'company' },
				],
				default: 'manual',
				description: 'Left empty, only employees assigned to the project',
			},
			{ wire: 'project_admins', displayName: 'Project Admin Employee IDs', kind: 'list', each: 'id', placeholder: 'e.g. 12, 15' },
			{ wire: 'project_managers', displayName: 'Project Manager Employee IDs', kind: 'list', each: 'id', placeholder: 'e.g. 12, 15' },
			{ wire: 'is_billable', displayName: 'Billable', kind: 'boolean', description: 'Whether the project\'s costs can be billed to a client' },
			{ wire: 'fixed_cost_cents', displayName: 'Fixed Cost (in Cents)', kind: 'number', min: 0 },
			{ wire: 'fee_amount_cents', displayName: 'Fee (in Cents)', kind: 'number', min: 0 },
			{ wire: 'budget_allocation', displayName: 'Budget (Minutes)', kind: 'number', min: 0, description: 'A budget in minutes of work. Use either this or Budget (in Cents).' },
			{ wire: 'budget_allocation_cents', displayName: 'Budget (in Cents)', kind: 'number', min: 0, description: 'A budget in money, in cents. Use either this or Budget (Minutes).' },
		],
	},
};

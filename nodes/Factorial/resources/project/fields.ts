import type { FieldSpec } from '../../engine/types';

export const projectId: FieldSpec = {
	wire: 'id',
	name: 'projectId',
	displayName: 'Project',
	kind: 'locator',
	locator: 'project',
	required: true,
};

export const statusOptions = [
	{ name: 'Active', value: 'active' },
	{ name: 'Closed', value: 'closed' },
	{ name: 'Draft', value: 'draft' },
	{ name: 'Processing', value: 'processing' },
];

// Fields that the create and the update both take under the same wire name.
export const projectDetails: FieldSpec[] = [
	{ wire: 'code', displayName: 'Code', kind: 'string', placeholder: 'e.g. CRM-26', description: 'A unique short code to find the project by' },
	{ wire: 'description', displayName: 'Description', kind: 'string' },
	{ wire: 'start_date', displayName: 'Start Date', kind: 'date' },
	{ wire: 'due_date', displayName: 'Due Date', kind: 'date', description: 'The day the project should end' },
	{ wire: 'legal_entity_id', displayName: 'Legal Entity ID', kind: 'id', description: 'The legal entity the project belongs to; its currency is the project\'s currency' },
	{ wire: 'client_id', displayName: 'Client ID', kind: 'id', description: 'The client (a Factorial finance contact) the project is for' },
];

import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const trainingId = recordId('trainingId', 'Training ID');
export const trainingIds: FieldSpec = { wire: 'ids', displayName: 'Training IDs', kind: 'list', each: 'id', required: true };

export const name: FieldSpec = { wire: 'name', displayName: 'Name', kind: 'string', required: true, placeholder: 'e.g. Fire safety' };
export const description: FieldSpec = { wire: 'description', displayName: 'Description', kind: 'string', required: true };
export const external: FieldSpec = { wire: 'external', displayName: 'External', kind: 'boolean', default: false, description: 'Whether an outside provider gives the training' };
export const year: FieldSpec = { wire: 'year', displayName: 'Year', kind: 'number', integer: true, min: 2000, max: 2100, required: true, default: 2026 };

// What both Create and Update may change.
export const details: FieldSpec[] = [
	{ wire: 'code', displayName: 'Code', kind: 'string' },
	{ wire: 'external_provider', displayName: 'External Provider', kind: 'string' },
	{ wire: 'category_ids', displayName: 'Category IDs', kind: 'list', each: 'id' },
	{ wire: 'competency_ids', displayName: 'Competency IDs', kind: 'list', each: 'id' },
	{ wire: 'cost', displayName: 'Cost', kind: 'number', min: 0 },
	{ wire: 'subsidized_cost', displayName: 'Subsidized Cost', kind: 'number', min: 0 },
	{ wire: 'valid_for', displayName: 'Valid For (Years)', kind: 'number', integer: true, min: 0, description: 'How many years the training stays valid' },
];

export const status: FieldSpec = {
	wire: 'status',
	displayName: 'Status',
	kind: 'options',
	required: true,
	default: 'active',
	options: [
		{ name: 'Active', value: 'active' },
		{ name: 'Draft', value: 'draft' },
	],
};

export const notify: FieldSpec = { wire: 'notify', displayName: 'Notify', kind: 'boolean', default: false, description: 'Whether Factorial notifies the employees concerned' };

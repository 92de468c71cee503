import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const customFieldId = recordId('customFieldId', 'Custom Field ID');

const title = (value: string) => value.split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');

export const fieldType: FieldSpec = {
	wire: 'field_type',
	displayName: 'Field Type',
	kind: 'options',
	default: 'text',
	options: ['cents', 'checkbox', 'date', 'long_text', 'money', 'multiple_choice', 'rating', 'single_choice', 'text'].map((value) => ({ name: title(value), value })),
};

// Who may see or edit a field (custom fields and the fields of custom resources alike).
const audience = ['everybody', 'legal_entity', 'owned', 'reportees', 'team_leader'].map((value) => ({ name: title(value), value }));
export const editable: FieldSpec = { wire: 'editable', displayName: 'Editable By', kind: 'options', default: 'owned', options: audience };
export const visible: FieldSpec = { wire: 'visible', displayName: 'Visible To', kind: 'options', default: 'owned', options: audience };

export const label: FieldSpec = { wire: 'label', displayName: 'Label', kind: 'string' };
export const required: FieldSpec = { wire: 'required', displayName: 'Required', kind: 'boolean', description: 'Whether the field must be filled' };
export const options: FieldSpec = { wire: 'options', displayName: 'Choices', kind: 'list', description: 'For single and multiple choice: the choices, separated by commas' };
export const minValue: FieldSpec = { wire: 'min_value', displayName: 'Minimum Value', kind: 'number' };
export const maxValue: FieldSpec = { wire: 'max_value', displayName: 'Maximum Value', kind: 'number' };
export const position: FieldSpec = { wire: 'position', displayName: 'Position', kind: 'number', integer: true, min: 0 };

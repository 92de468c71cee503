import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const trainingSessionId = recordId('trainingSessionId', 'Session ID');
export const name: FieldSpec = { wire: 'name', displayName: 'Name', kind: 'string', required: true };

export const modality: FieldSpec = {
	wire: 'modality',
	displayName: 'Modality',
	kind: 'options',
	default: 'inperson',
	options: [
		{ name: 'In Person', value: 'inperson' },
		{ name: 'Mixed', value: 'mixed' },
		{ name: 'Online', value: 'online' },
	],
};

// What both Create and Update may change.
export const details: FieldSpec[] = [
	{
		wire: 'schedule',
		displayName: 'Schedule',
		kind: 'options',
		default: 'scheduled',
		options: [
			{ name: 'Scheduled', value: 'scheduled' },
			{ name: 'Self-Paced', value: 'selfpaced' },
		],
		description: 'A scheduled session needs a start and an end on the same day',
	},
	{ wire: 'starts_at', displayName: 'Starts At', kind: 'dateTime' },
	{ wire: 'ends_at', displayName: 'Ends At', kind: 'dateTime' },
	{ wire: 'due_date', displayName: 'Due Date', kind: 'date', description: 'For self-paced sessions' },
	{ wire: 'duration', displayName: 'Duration (Hours)', kind: 'string', placeholder: 'e.g. 1.5' },
	modality,
	{ wire: 'link', displayName: 'Link', kind: 'url', description: 'To join online, or to the material' },
	{ wire: 'location', displayName: 'Location', kind: 'string', description: 'Where an in-person session takes place' },
	{ wire: 'subsidized', displayName: 'Subsidized', kind: 'boolean', default: false },
	{ wire: 'recurrent', displayName: 'Recurrent', kind: 'boolean', default: false },
	{ wire: 'send_calendar_invites', displayName: 'Send Calendar Invites', kind: 'boolean', default: false },
];

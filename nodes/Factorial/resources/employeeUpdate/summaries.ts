import { feed } from './fields';

export const [getSummaries, getSummary] = feed(
	{ path: 'summaries', one: 'Summary', many: 'Summaries', singular: 'Summary', plural: 'Summaries', what: 'every change to employees (hires, terminations, absences, contract and personal changes) in one feed' },
	[
		{ wire: 'employee_ids', displayName: 'Employee IDs', kind: 'list', each: 'id' },
		{ wire: 'legal_entities_ids', displayName: 'Legal Entity IDs', kind: 'list', each: 'id' },
		{ wire: 'type', displayName: 'Types', kind: 'list', placeholder: 'e.g. hiring, termination', description: 'Kinds of update to keep, comma-separated: hiring, termination, contract, sick, parental, address, bank...' },
		{ wire: 'starts_on', displayName: 'From Date', kind: 'date' },
		{ wire: 'ends_on', displayName: 'To Date', kind: 'date' },
	],
);

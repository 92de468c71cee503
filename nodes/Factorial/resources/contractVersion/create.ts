import type { OperationSpec } from '../../engine/types';
import { contractTerms, effectiveOn, employeeId, startsOn, workingTimeLimits } from './fields';

export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a contract version',
	description: 'Record new contract terms for an employee, such as a raise or a new job title, from a given day',
	tool: { caution: 'changes an employee\'s contract terms, such as salary or job title' },
	method: 'POST',
	path: 'contracts/contract_versions',
	fields: [
		{ ...employeeId, required: true },
		{ ...effectiveOn, required: true },
		{ ...startsOn, required: true },
	],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [
			...contractTerms,
			...workingTimeLimits,
			{
				wire: 'copy_current_contract_version',
				displayName: 'Copy Current Contract Version',
				kind: 'boolean',
				description: 'Whether to start from the employee\'s current terms, so only the fields set here change',
			},
			{
				wire: 'country_data_inputs',
				displayName: 'Country Data Inputs',
				kind: 'json',
				default: '[]',
				description: 'Country-specific fields, such as the contract type, as a JSON array of {"field_name", "value_id"}. Factorial lists the valid values per country under contracts/materialized_templates.',
			},
		],
	},
};

import { autofilledCompanyId } from '../../engine/commonFields';
import type { OperationSpec } from '../../engine/types';

// The catalog's bodies file has no POST companies/legal_entities entry; these are the fields of
// the SDK's PostApi20261001ResourcesCompaniesLegalEntitiesBody model (company_id, country,
// legal_name and currency required).
export const create: OperationSpec = {
	name: 'create',
	displayName: 'Create',
	action: 'Create a legal entity',
	description: 'Create a legal entity (a company registered in one country)',
	method: 'POST',
	path: 'companies/legal_entities',
	fields: [
		{ wire: 'legal_name', displayName: 'Legal Name', kind: 'string', required: true, placeholder: 'e.g. Acme S.L.' },
		{
			wire: 'country',
			displayName: 'Country',
			kind: 'string',
			required: true,
			placeholder: 'e.g. es',
			description: 'Two-letter code of the country the entity is registered in, for example es',
		},
		{
			wire: 'currency',
			displayName: 'Currency',
			kind: 'string',
			required: true,
			placeholder: 'e.g. EUR',
			description: 'Three-letter currency code (ISO 4217), for example EUR',
		},
		autofilledCompanyId,
	],
	optional: {
		name: 'additionalFields',
		displayName: 'Additional Fields',
		fields: [
			{ wire: 'tin', displayName: 'Tax ID', kind: 'string', description: 'Tax identification number' },
			{ wire: 'address_line_1', displayName: 'Address Line 1', kind: 'string' },
			{ wire: 'address_line_2', displayName: 'Address Line 2', kind: 'string' },
			{ wire: 'city', displayName: 'City', kind: 'string' },
			{ wire: 'state', displayName: 'State', kind: 'string', description: 'State, province or region' },
			{ wire: 'postal_code', displayName: 'Postal Code', kind: 'string' },
		],
	},
};

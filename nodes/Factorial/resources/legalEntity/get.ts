import { recordId } from '../../engine/commonFields';
import type { OperationSpec } from '../../engine/types';

export const get: OperationSpec = {
	value: 'get',
	name: 'Get',
	action: 'Get a legal entity',
	description: 'Retrieve one legal entity',
	method: 'GET',
	path: 'companies/legal_entities/{id}',
	fields: [{ ...recordId('legalEntityId', 'Legal Entity ID'), in: 'path' }],
};

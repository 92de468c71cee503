import { recordId } from '../../engine/commonFields';
import { getById } from '../../engine/commonOperations';

export const get = getById({
	noun: 'legal entity',
	path: 'companies/legal_entities/{id}',
	id: recordId('legalEntityId', 'Legal Entity ID'),
});

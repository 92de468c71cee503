import { getById } from '../../engine/commonOperations';
import { contractVersionId } from './fields';

export const get = getById({
	noun: 'contract version',
	path: 'contracts/contract_versions/{id}',
	id: contractVersionId,
	description: 'Retrieve one contract version with its job title, salary and working time',
});

import { deleteById } from '../../engine/commonOperations';
import { contractVersionId } from './fields';

export const deleteOperation = deleteById({
	noun: 'contract version',
	path: 'contracts/contract_versions/{id}',
	id: contractVersionId,
});

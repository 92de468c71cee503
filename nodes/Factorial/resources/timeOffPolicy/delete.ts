import { deleteById } from '../../engine/commonOperations';
import { policyId } from './fields';

export const deleteOperation = deleteById({ noun: 'time off policy', path: 'timeoff/policies/{id}', id: policyId });

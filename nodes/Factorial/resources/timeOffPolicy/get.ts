import { getById } from '../../engine/commonOperations';
import { policyId } from './fields';

export const get = getById({ noun: 'time off policy', path: 'timeoff/policies/{id}', id: policyId });

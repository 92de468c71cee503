import { getById } from '../../engine/commonOperations';
import { candidateId } from './fields';

export const get = getById({ noun: 'candidate', path: 'ats/candidates/{id}', id: candidateId });

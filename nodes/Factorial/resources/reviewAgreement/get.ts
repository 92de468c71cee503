import { getById } from '../../engine/commonOperations';
import { agreementId } from './fields';

export const get = getById({ noun: 'action plan', path: 'performance/agreements/{id}', id: agreementId });

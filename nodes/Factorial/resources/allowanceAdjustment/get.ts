import { getById } from '../../engine/commonOperations';
import { adjustmentId } from './fields';

export const get = getById({ noun: 'allowance adjustment', path: 'timeoff/allowance_incidences/{id}', id: adjustmentId });

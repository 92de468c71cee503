import { getById } from '../../engine/commonOperations';
import { overlapPeriodId } from './fields';

export const get = getById({ noun: 'schedule period', path: 'work_schedule/overlap_periods/{id}', id: overlapPeriodId });

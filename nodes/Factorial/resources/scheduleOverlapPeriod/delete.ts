import { deleteById } from '../../engine/commonOperations';
import { overlapPeriodId } from './fields';

export const deleteOperation = deleteById({ noun: 'schedule period', path: 'work_schedule/overlap_periods/{id}', id: overlapPeriodId });

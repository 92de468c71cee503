import { deleteById } from '../../engine/commonOperations';
import { blockedPeriodId } from './fields';

export const deleteOperation = deleteById({ noun: 'blocked period', path: 'timeoff/blocked_periods/{id}', id: blockedPeriodId });

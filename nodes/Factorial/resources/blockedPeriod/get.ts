import { getById } from '../../engine/commonOperations';
import { blockedPeriodId } from './fields';

export const get = getById({ noun: 'blocked period', path: 'timeoff/blocked_periods/{id}', id: blockedPeriodId });

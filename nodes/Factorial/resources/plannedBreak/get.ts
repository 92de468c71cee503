import { getById } from '../../engine/commonOperations';
import { recordId } from '../../engine/commonFields';

export const get = getById({ noun: 'planned break', path: 'time_planning/planned_breaks/{id}', id: recordId('plannedBreakId', 'Planned Break ID') });

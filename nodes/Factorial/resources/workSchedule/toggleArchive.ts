import type { OperationSpec } from '../../engine/types';
import { workScheduleId } from './fields';

export const toggleArchive: OperationSpec = {
	name: 'toggleArchive',
	displayName: 'Archive or Unarchive',
	action: 'Archive or unarchive a work schedule',
	description: 'Archive an active work schedule, or bring an archived one back',
	method: 'POST',
	path: 'work_schedule/schedules/toggle_archive',
	fields: [workScheduleId],
};

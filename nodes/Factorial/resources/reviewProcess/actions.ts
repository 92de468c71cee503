import { endsAt, processAction, strategies } from './fields';

export const start = processAction('start', 'start', 'Start', 'Start a review process', 'Launch a review process: reviewers are asked for their evaluations');
export const stop = processAction('stop', 'stop', 'Stop', 'Stop a review process', 'Close a running review process');
export const reopen = processAction('reopen', 'reopen', 'Reopen', 'Reopen a review process', 'Reopen a closed review process with a new deadline', [{ ...endsAt, required: true, description: 'The new deadline' }]);
export const toggleArchive = processAction('toggleArchive', 'toggle_archive', 'Archive or Unarchive', 'Archive or unarchive a review process', 'Archive a review process, or bring an archived one back');
export const remind = processAction('remind', 'remind_in_bulk', 'Send Reminders', 'Remind reviewers of a review process', 'Remind the reviewers who have not finished their evaluations', [
	{ wire: 'evaluation_types', displayName: 'Reviewers to Remind', kind: 'options', default: 'manager', options: strategies },
]);

const authorAccessId = { wire: 'author_access_id', displayName: 'Author Access ID', kind: 'id' as const, required: true, description: 'The access ID (access_id) of the new process\'s author' };
const startsAt = { wire: 'starts_at', displayName: 'Start Date', kind: 'date' as const, required: true };

export const duplicate = processAction('duplicate', 'duplicate', 'Duplicate', 'Duplicate a review process', 'Copy a review process into a new draft', [authorAccessId]);
export const schedule = processAction('schedule', 'schedule', 'Schedule', 'Schedule a review process', 'Set the day a review process starts by itself', [startsAt]);
export const updateSchedule = processAction('updateSchedule', 'update_schedule', 'Change Schedule', 'Change when a review process starts', 'Move the start day of a scheduled review process', [startsAt]);
export const removeSchedule = processAction('removeSchedule', 'remove_schedule', 'Remove Schedule', 'Remove the schedule of a review process', 'Stop a review process from starting by itself');
export const updateDeadline = processAction('updateDeadline', 'update_deadline', 'Change Deadline', 'Change the deadline of a review process', 'Set a new deadline for a review process', [{ ...endsAt, required: true, description: 'The new deadline' }]);
export const update = processAction('update', 'update_basic_info', 'Update', 'Rename a review process', 'Change the name or description of a review process', [
	{ wire: 'name', displayName: 'Name', kind: 'string' },
	{ wire: 'description', displayName: 'Description', kind: 'string' },
]);

import { endsAt, processAction, strategies } from './fields';

export const start = processAction('start', 'start', 'Start', 'Start a review process', 'Launch a review process: reviewers are asked for their evaluations');
export const stop = processAction('stop', 'stop', 'Stop', 'Stop a review process', 'Close a running review process');
export const reopen = processAction('reopen', 'reopen', 'Reopen', 'Reopen a review process', 'Reopen a closed review process with a new deadline', [{ ...endsAt, required: true, description: 'The new deadline' }]);
export const toggleArchive = processAction('toggleArchive', 'toggle_archive', 'Archive or Unarchive', 'Archive or unarchive a review process', 'Archive a review process, or bring an archived one back');
export const remind = processAction('remind', 'remind_in_bulk', 'Send Reminders', 'Remind reviewers of a review process', 'Remind the reviewers who have not finished their evaluations', [
	{ wire: 'evaluation_types', displayName: 'Reviewers to Remind', kind: 'options', default: 'manager', options: strategies },
]);

import { recordId } from '../../engine/commonFields';
import type { FieldSpec } from '../../engine/types';

export const timeRecordId: FieldSpec = recordId('timeRecordId', 'Time Record ID', 'The ID of the time record');

export const projectWorkerId: FieldSpec = {
	wire: 'project_worker_id',
	displayName: 'Project Worker ID',
	kind: 'id',
	required: true,
	description: 'The employee\'s assignment to the project (Project Worker → Get Many or Assign gives its ID)',
};

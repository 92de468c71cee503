import { recordId } from '../../engine/commonFields';

export const reviewOwnerId = recordId('reviewOwnerId', 'Review Owner ID');

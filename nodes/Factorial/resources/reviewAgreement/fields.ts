import { recordId } from '../../engine/commonFields';

export const agreementId = recordId('agreementId', 'Action Plan ID');

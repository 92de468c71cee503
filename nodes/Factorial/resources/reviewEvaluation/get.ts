import { getById } from '../../engine/commonOperations';
import { reviewEvaluationId } from './fields';

export const get = getById({ noun: 'review evaluation', path: 'performance/review_evaluations/{id}', id: reviewEvaluationId });

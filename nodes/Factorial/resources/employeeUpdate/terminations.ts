import { feed } from './fields';

export const [getTerminations, getTermination] = feed({ path: 'terminations', one: 'Termination', many: 'Terminations', singular: 'Termination', plural: 'Terminations', what: 'employees who left or are leaving' });

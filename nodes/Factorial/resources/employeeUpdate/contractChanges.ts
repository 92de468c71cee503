import { feed } from './fields';

export const [getContractChanges, getContractChange] = feed({ path: 'contract_changes', one: 'ContractChange', many: 'ContractChanges', singular: 'Contract Change', plural: 'Contract Changes', what: 'changes to employees\' contracts' });

import { gone } from './checks';
import type { FieldSpec, EndpointOperationSpec } from './types';

/** What a read or delete of one record by its id needs to say; the rest is the same for every resource. */
export interface ByIdOptions {
	/** The record in words, singular and lower case: `team`, `leave type`. */
	noun: string;
	/** Below /resources/, with `{id}` where the record's id goes. */
	path: string;
	/** The id parameter (a picker or a typed-in id); its `wire` names the placeholder in `path`. */
	id: FieldSpec;
	/** Overrides the line under the operation ("Retrieve one team", "Delete a team"). */
	description?: string;
	/** Overrides the action in the nodes panel ("Get a team", "Delete a team"). */
	action?: string;
}

const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

/** Get: one record by its id, e.g. `getById({ noun: 'team', path: 'teams/teams/{id}', id: teamId })`. */
export function getById({ noun, path, id, description, action }: ByIdOptions): EndpointOperationSpec {
	return {
		name: 'get',
		displayName: 'Get',
		action: action ?? `Get ${withArticle(noun)}`,
		description: description ?? `Retrieve one ${noun}`,
		method: 'GET',
		path,
		fields: [{ ...id, in: 'path' }],
	};
}

/** Delete: one record by its id. */
export function deleteById({ noun, path, id, description, action }: ByIdOptions): EndpointOperationSpec {
	return {
		name: 'delete',
		displayName: 'Delete',
		action: action ?? `Delete ${withArticle(noun)}`,
		description: description ?? `Delete ${withArticle(noun)}`,
		method: 'DELETE',
		path,
		fields: [{ ...id, in: 'path' }],
		check: gone,
	};
}

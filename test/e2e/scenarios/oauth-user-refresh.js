'use strict';
// 2. OAuth2 user token: an expired access token is refreshed by n8n (401 → refresh_token grant → retry),
// and n8n keeps the rotated refresh token, since the sandbox (like Factorial) kills a used one.
const assert = require('node:assert/strict');
const w = require('../lib/workflows');
const { nodeJson } = require('../lib/run-data');

const ID = 'e2eOAuthUser';
const NODE = 'Token owner';

/** Indexes of 401 → successful refresh → successful retry in the sandbox log; fails if absent. */
function refreshSequence(entries) {
	const isApi = (e) => e.path.includes('/resources/employees/employees/');
	const first401 = entries.findIndex((e) => isApi(e) && e.status === 401);
	assert.ok(first401 >= 0, 'the expired access token got a 401');
	const refresh = entries.findIndex((e, i) => i > first401 && e.path === '/oauth/token' && e.body && e.body.grant_type === 'refresh_token');
	assert.ok(refresh >= 0, 'n8n then asked /oauth/token for a refresh_token grant');
	assert.equal(entries[refresh].status, 200, 'the refresh was accepted (a reused refresh token would get 400)');
	const retry = entries.findIndex((e, i) => i > refresh && isApi(e));
	assert.ok(retry >= 0, 'the request was retried after the refresh');
	assert.equal(entries[retry].status, 200, 'the retried request succeeded');
	assert.equal(entries[retry].auth.kind, 'user', 'with a user token');
	return entries[refresh].body.refresh_token;
}

/** The newest refresh token the sandbox issued for the fixture user grant (read in-process). */
function latestIssuedRefreshToken(sb) {
	const lineage = sb.fixtures.credentialIds.userToken;
	const mine = [...sb.state.oauth.refreshTokens.entries()].filter(([, t]) => t.lineage.credentialId === lineage);
	const [token, info] = mine[mine.length - 1];
	assert.equal(info.used, false, 'the newest refresh token is still unused');
	return token;
}

module.exports = {
	title: '2. OAuth2 user: expired token → 401, refresh, retry; twice; n8n stores the rotated refresh token',
	workflows: (ctx) => [
		w.chain(ID, 'E2E 2: token owner (OAuth2 user)', [
			w.manualTrigger(),
			w.factorial(NODE, { resource: 'employee', operation: 'get', employeeId: w.rl(ctx.sb.fixtures.employeeId) }, { authentication: 'oAuth2', credential: ctx.creds.user }),
		]),
	],
	async run(ctx) {
		const { control, fixtures } = ctx.sb;
		const rejectedBefore = (await control.stats()).refreshes.rejected;
		const used = [];
		for (const round of [1, 2]) {
			await control.expireTokens();
			const mark = await control.mark();
			const run = await ctx.execute(ID);
			assert.equal(run.status, 'success', `round ${round}: ${ctx.runError(run)}`);
			assert.deepEqual(nodeJson(run, NODE).map((e) => e.id), [fixtures.employeeId], `round ${round}: the token owner`);
			used.push(refreshSequence(await control.log(mark)));
		}
		// assert.ok rather than equal: a failure must not print tokens into the test output.
		assert.ok(used[0] === fixtures.userToken.refresh_token, 'the first refresh used the imported refresh token');
		assert.ok(used[1] !== used[0], 'the second refresh used the rotated one');
		assert.equal((await control.stats()).refreshes.rejected, rejectedBefore, 'no refresh was rejected');

		const stored = (await ctx.n8n.exportCredentials()).find((c) => c.id === ctx.creds.user.id);
		const latest = latestIssuedRefreshToken(ctx.sb);
		assert.ok(stored.data.oauthTokenData.refresh_token === latest, 'n8n stored the latest refresh token the sandbox issued');
		return 'two expiries, two refreshes, rotated refresh token stored';
	},
};

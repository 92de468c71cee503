'use strict';
// Reading what `n8n execute --rawOutput` prints. n8n prints the run JSON through its logger: bare at
// log level info, behind a "time level" prefix at debug, with log lines before and after it either way
// (and for a failed run too). So: strip colours, then from the first '{' of each line take the balanced
// object and keep the last one shaped like a run.

const ANSI = /\u001b\[[0-9;]*m/g;

/** End index (exclusive) of the balanced object starting at text[start] === '{', or -1. */
function balancedEnd(text, start) {
	let depth = 0;
	let inString = false;
	for (let i = start; i < text.length; i++) {
		const c = text[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '{') depth++;
		else if (c === '}' && --depth === 0) return i + 1;
	}
	return -1;
}

function findRunJson(raw) {
	const text = raw.replace(ANSI, '');
	let found = null;
	let pos = 0;
	while (pos < text.length) {
		const lineEnd = text.indexOf('\n', pos) === -1 ? text.length : text.indexOf('\n', pos);
		const brace = text.indexOf('{', pos);
		if (brace === -1) break;
		if (brace > lineEnd) {
			pos = lineEnd + 1;
			continue;
		}
		const end = balancedEnd(text, brace);
		let value;
		try {
			value = end === -1 ? undefined : JSON.parse(text.slice(brace, end));
		} catch {
			value = undefined; // a log line whose braces are not JSON
		}
		if (value && value.data && value.data.resultData) found = value;
		// Skip a parsed object whole (its nested lines are not candidates); otherwise go to the next line.
		pos = value === undefined ? lineEnd + 1 : end;
	}
	return found;
}

/** The items a node put on its first output, in its last run: [{ json, pairedItem, error? }]. */
function nodeItems(run, nodeName) {
	const runs = run.data.resultData.runData[nodeName];
	if (!runs) throw new Error(`node "${nodeName}" did not run; ran: ${Object.keys(run.data.resultData.runData).join(', ')}`);
	const last = runs[runs.length - 1];
	if (last.error) throw new Error(`node "${nodeName}" failed: ${last.error.message} ${last.error.description || ''}`);
	return (last.data && last.data.main && last.data.main[0]) || [];
}

function nodeJson(run, nodeName) {
	return nodeItems(run, nodeName).map((item) => item.json);
}

/** A short reason for a failed run, for assertion messages. */
function runError(run) {
	const e = run.data.resultData.error;
	return e ? `${e.message}${e.description ? ` (${e.description})` : ''} in node ${e.node && e.node.name}` : '';
}

module.exports = { findRunJson, nodeItems, nodeJson, runError };

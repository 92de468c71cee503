/**
 * Runs `task` for every index with at most `limit` in flight. After the first failure no new task
 * starts; the ones already sent are awaited so none is left running behind the error.
 */
export async function forEachLimited(
	indices: number[],
	limit: number,
	task: (index: number) => Promise<void>,
): Promise<void> {
	let next = 0;
	let failure: { error: unknown } | undefined;
	const worker = async () => {
		while (!failure && next < indices.length) {
			const index = indices[next++];
			try {
				await task(index);
			} catch (error) {
				failure ??= { error };
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, indices.length) }, worker));
	if (failure) throw failure.error;
}

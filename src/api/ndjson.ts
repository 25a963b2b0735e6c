/** Hands over each line of an NDJSON response as it arrives, until the body ends or is aborted. */
export async function readNdjson(
  response: Response,
  onLine: (line: unknown) => void,
): Promise<void> {
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
    buffered += decoder.decode(chunk.value, { stream: true });
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines.filter(Boolean)) onLine(JSON.parse(line));
  }
}

/** An error's message followed by those of its causes: the plugin SDK wraps the useful part in `cause`. */
export function describeError(error: unknown): string {
  const messages: string[] = [];
  for (let current = error; current != null; current = current instanceof Error ? current.cause : undefined) {
    messages.push(current instanceof Error ? current.message : String(current));
  }
  return messages.join(': ');
}

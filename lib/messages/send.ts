import type { DataOf, Envelope, Reply, ResultOf } from './protocol';

/** The slice of runtime that sending needs; injectable for tests. */
export interface MessageRuntime {
  sendMessage(message: Envelope): Promise<unknown>;
}

export type Send<M> = <K extends keyof M & string>(
  type: K,
  ...data: DataOf<M, K> extends undefined ? [] : [DataOf<M, K>]
) => Promise<ResultOf<M, K>>;

/** A typed sender for one side of the protocol. A refusal or a failure in the background throws here. */
export function createSender<M>(runtime: () => MessageRuntime): Send<M> {
  return (async (type: string, data?: unknown) => {
    const reply = (await runtime().sendMessage({ steady: type, data })) as Reply | undefined;
    if (!reply) throw new Error(`No answer to ${type}`);
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  }) as Send<M>;
}

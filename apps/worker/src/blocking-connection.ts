import type Redis from 'ioredis';

/**
 * A connection for BullMQ workers that can be closed while it waits to retry a lost connection.
 *
 * ioredis drops a close asked for between two connection attempts: `disconnect()` clears the
 * retry timer, there is no socket left to close, so the client stays `reconnecting` and never
 * emits `end` (redis/ioredis#1247). BullMQ's `Worker.close()` waits for that `end` on the
 * blocking connection it duplicates from ours (taskforcesh/bullmq#4656), so a worker stopped
 * during a Redis outage, or within one retry delay (up to 2 s) after Redis came back, hung for
 * ever. Here such a close waits for the next attempt to begin and closes that one instead,
 * which ends the client whether or not Redis answers.
 */
export function closableBetweenRetries(client: Redis): Redis {
  const disconnect = client.disconnect.bind(client);
  client.disconnect = (reconnect = false) => {
    if (reconnect || client.status !== 'reconnecting') return disconnect(reconnect);
    client.once('connecting', () => disconnect());
  };
  // BullMQ makes its blocking connection with `duplicate()`: the copy must close the same way.
  const duplicate = client.duplicate.bind(client);
  client.duplicate = (...args: Parameters<Redis['duplicate']>) => closableBetweenRetries(duplicate(...args));
  return client;
}

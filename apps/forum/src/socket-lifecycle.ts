import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';

/** Closes the socket server and its Redis adapter before Nest closes the HTTP server. */
@Injectable()
export class SocketLifecycle implements BeforeApplicationShutdown {
  private closers: (() => Promise<void>)[] = [];

  attach(close: () => Promise<void>): void {
    this.closers.push(close);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.closers.splice(0).map((close) => close()));
  }
}

import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type Redis from 'ioredis';
import type { Clock } from '@convene/clock';
import type { ForumConfig } from '@convene/config';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '@convene/access';
import { PostsService } from '@convene/forums';
import { SessionService } from '@convene/identity';
import { PinoNestLogger, configureLogging } from '@convene/logging';
import { REDIS } from '@convene/redis';
import { ForumModule } from './forum.module';
import { SocketLifecycle } from './socket-lifecycle';
import { createSocketServer, type ForumServer } from './socket-server';

export async function createForumApp(config: ForumConfig, extras: { clock?: Clock } = {}): Promise<{ app: INestApplication; io: ForumServer }> {
  configureLogging('forum', config.LOG_LEVEL);
  const app = await NestFactory.create(ForumModule.forRoot(config, extras.clock), { logger: new PinoNestLogger() });
  app.enableShutdownHooks();
  const sockets = createSocketServer(app.getHttpServer(), {
    allowedOrigins: config.ALLOWED_ORIGINS ?? [config.PUBLIC_WEB_URL],
    redis: app.get<Redis>(REDIS),
    redisPrefix: config.REDIS_PREFIX,
    sessions: app.get(SessionService),
    access: app.get(AccessService),
    posts: app.get(PostsService),
    db: app.get<DataSource>(getDataSourceToken()),
  });
  app.get(SocketLifecycle).attach(() => sockets.close());
  return { app, io: sockets.io };
}

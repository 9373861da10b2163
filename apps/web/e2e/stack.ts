import type { INestApplication } from '@nestjs/common';
import AxeBuilder from '@axe-core/playwright';
import type { AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { forumConfigSchema, loadConfig } from '@convene/config';
import type { SeededPerson } from '@convene/testing';
import { createForumApp } from '../../forum/src/bootstrap';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';

const { createWebServer } = require('../server.js') as { createWebServer(targets: { api: URL; forum: URL }): import('node:http').Server };

const ROOT = join(__dirname, '../../..');
export const SCREENSHOTS = join(ROOT, 'docs/screenshots');

/** CHROMIUM_PATH, which jest's global setup sets (tools/test/chromium.js) when it is not given. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Stack {
  api: ApiHarness;
  /** The web client's origin, e.g. http://127.0.0.1:41234 */
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * The real stack for browser tests: the API on a fresh database, one forum service, and the web
 * server (which serves the client built by jest's global setup and proxies the two services).
 */
export async function startStack(): Promise<Stack> {
  // The web server first, so the API knows the origin its links (invitations) should use.
  const targets = { api: new URL('http://127.0.0.1:1'), forum: new URL('http://127.0.0.1:1') };
  const web = createWebServer(targets);
  await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
  const api = await startApi({ PUBLIC_WEB_URL: url, TRUST_PROXY: 'loopback' });
  targets.api = new URL(api.url);
  const forumConfig = loadConfig(forumConfigSchema, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: api.config.DATABASE_URL,
    REDIS_URL: api.config.REDIS_URL,
    REDIS_PREFIX: api.config.REDIS_PREFIX,
    PUBLIC_WEB_URL: url,
    ALLOWED_ORIGINS: url,
  });
  // The API's clock, so moving time on closes inputs threads for both the API and the sockets.
  const forum: INestApplication = (await createForumApp(forumConfig, { clock: api.clock })).app;
  await forum.listen(0, '127.0.0.1');
  targets.forum = new URL(`http://127.0.0.1:${(forum.getHttpServer().address() as AddressInfo).port}`);
  const closeServers = async () => {
    await forum.close();
    await new Promise((resolve) => web.close(resolve));
    await api.close();
  };
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage', '--lang=en-GB'] });
  } catch (error) {
    // A browser that cannot start must not leave servers holding jest open.
    await closeServers();
    throw error;
  }
  return {
    api,
    url,
    browser,
    async close() {
      await browser.close().catch(() => undefined);
      await closeServers();
    },
  };
}

/** A fresh browser profile (its own cookies) at a phone or laptop size. */
export async function newContext(stack: Stack, { width = 1024, height = 768 } = {}): Promise<BrowserContext> {
  return stack.browser.newContext({ baseURL: stack.url, viewport: { width, height }, locale: 'en-GB', timezoneId: 'Europe/London' });
}

export async function signIn(page: Page, person: SeededPerson): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /Hello, / }).waitFor();
}

/**
 * axe on the screen as it is now: WCAG 2.2 A and AA rules. Returns the serious and critical
 * violations (the tests expect none), with enough detail to fix them.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** Saves a full-page screenshot under docs/screenshots/, so readers can see the product. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

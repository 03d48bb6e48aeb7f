import type { APIRoute } from 'astro';
import { playbookConfig } from '../lib/playbook-config.ts';

/**
 * robots.txt from the config: a private playbook (the default) disallows every crawler;
 * a public one allows them. Written at build time like every other page.
 */
export const GET: APIRoute = () =>
  new Response(
    playbookConfig.public ? 'User-agent: *\nAllow: /\n' : 'User-agent: *\nDisallow: /\n',
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );

import type { APIRoute } from 'astro';
import { t } from '../lib/i18n.ts';
import { defaultLocale } from '../lib/locale.ts';
import { playbookConfig } from '../lib/playbook-config.ts';
import { href } from '../lib/urls.ts';

/**
 * The web app manifest: installable from the browser, opening at the home page, scoped to the
 * playbook's base like the service worker. One file for every language (the default's words).
 */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: playbookConfig.siteName,
        short_name: playbookConfig.siteName.split(' ')[0] ?? playbookConfig.siteName,
        description: t('offline.manifestDescription', defaultLocale),
        lang: defaultLocale,
        start_url: href('/'),
        scope: href('/'),
        display: 'standalone',
        background_color: '#f5f7fa',
        theme_color: '#1d5fbf',
        icons: [
          { src: href('/favicon.svg'), type: 'image/svg+xml', sizes: 'any', purpose: 'any' },
          { src: href('/icons/icon-192.png'), type: 'image/png', sizes: '192x192', purpose: 'any maskable' },
          { src: href('/icons/icon-512.png'), type: 'image/png', sizes: '512x512', purpose: 'any maskable' },
        ],
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );

// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
});

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const contentDir = process.env['CONTENT_DIR'];
if (!contentDir) throw new Error('bench/floor: set CONTENT_DIR to the content directory whose articles/ the floor renders');

// Only the title is needed by the template; everything else the converter writes passes through untouched.
const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: pathToFileURL(`${resolve(contentDir, 'articles')}/`) }),
  schema: z.looseObject({ title: z.string() }),
});

export const collections = { articles };

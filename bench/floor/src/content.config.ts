import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const contentDir = process.env['CONTENT_DIR'];
if (!contentDir) throw new Error('bench/floor: set CONTENT_DIR to the content directory whose articles/ the floor renders');

// The path is the id (`<issue>/<article>`): Astro's default would take the `slug` field, which repeats across issues.
const idFromPath = ({ entry }: { entry: string }): string => entry.replace(/\.md$/, '');

// Only the title is needed by the template; everything else the converter writes passes through untouched.
const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: pathToFileURL(`${resolve(contentDir, 'articles')}/`), generateId: idFromPath }),
  schema: z.looseObject({ title: z.string() }),
});

export const collections = { articles };

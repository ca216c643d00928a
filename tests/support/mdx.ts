/** Reads MDX content files the way the build does, for content tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { Root } from 'mdast';

export interface MdxFile {
  path: string;
  slug: string;
  frontmatter: Record<string, unknown>;
  tree: Root;
}

export function readMdxDir(dir: string): MdxFile[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const source = readFileSync(path, 'utf8');
      const tree = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).parse(source) as Root;
      const yamlNode = tree.children.find((n) => n.type === 'yaml') as { value: string } | undefined;
      return { path, slug: name.replace(/\.mdx$/, ''), frontmatter: yamlNode ? (parseYaml(yamlNode.value) as Record<string, unknown>) : {}, tree };
    });
}

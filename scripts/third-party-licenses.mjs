// A rollup plugin that writes the licence notice for what the bundle carries: each package from
// node_modules whose code is in dist/, with its version, licence and the licence (and NOTICE) files
// it ships, as those licences ask of anyone who redistributes the code. Generated at every build,
// so it lists exactly what the build bundled.
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

const NODE_MODULES = `${sep}node_modules${sep}`;

/** The folder of the package a module comes from: the last node_modules/[@scope/]name in its path. */
function packageFolderOf(moduleId) {
  // Plugins mark their virtual modules with \0 and a ?query (the commonjs plugin's proxies).
  const path = moduleId.replace(/^\0/, '').replace(/\?.*$/, '');
  const at = path.lastIndexOf(NODE_MODULES);
  if (at < 0) return undefined;
  const parts = path.slice(at + NODE_MODULES.length).split(sep);
  const name = parts[0].startsWith('@') ? parts.slice(0, 2).join(sep) : parts[0];
  return path.slice(0, at + NODE_MODULES.length) + name;
}

function noticeOf(folder) {
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  const files = readdirSync(folder)
    .filter((file) => /^(licen[cs]e|copying|notice)([.-].*)?$/i.test(file))
    .sort();
  const texts = files.map((file) => readFileSync(join(folder, file), 'utf8').trim());
  return {
    title: `${manifest.name} ${manifest.version}`,
    text: [
      `License: ${manifest.license ?? 'not stated'}`,
      manifest.repository?.url ?? manifest.repository ?? manifest.homepage ?? '',
      '',
      texts.length > 0 ? texts.join('\n\n') : '(the package ships no licence file)',
    ].join('\n'),
  };
}

/** Emits `fileName` next to the bundle's entry points. */
export function thirdPartyLicenses(fileName) {
  return {
    name: 'third-party-licenses',
    generateBundle(_options, bundle) {
      const folders = new Set();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [id, module] of Object.entries(chunk.modules)) {
          const folder = module.renderedLength > 0 ? packageFolderOf(id) : undefined;
          if (folder) folders.add(folder);
        }
      }
      const notices = [...folders]
        .map(noticeOf)
        .sort((a, b) => a.title.localeCompare(b.title))
        .filter((notice, i, all) => i === 0 || notice.title !== all[i - 1].title);
      const rule = '-'.repeat(72);
      const source = [
        'paperlint bundles the following packages in dist/. Their licences and notices follow.',
        '',
        ...notices.map((notice) => notice.title),
        '',
        ...notices.flatMap((notice) => [rule, notice.title, rule, notice.text, '']),
      ].join('\n');
      this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

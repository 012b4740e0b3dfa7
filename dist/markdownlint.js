import { readFileSync } from 'node:fs';
import { parseConfig } from './chunks/config.js';
import { r as repositoryConfigOf } from './chunks/config-file.js';
import { R as RULES, t as terminalSafe, r as ruleDocUrl, o as lint, f as fixEdit } from './chunks/format.js';
import 'process';
import 'buffer';
import './chunks/errors.js';
import 'node:module';
import 'node:path';
import './chunks/record.js';

/**
 * paperlint as markdownlint custom rules, for markdownlint-cli2 and the VS Code markdownlint
 * extension: `"customRules": ["paperlint/markdownlint"]`. One markdownlint rule per paperlint rule
 * (`paperlint-<id>`, all tagged `paperlint`), so markdownlint's config can turn each off or make it
 * a warning. They report what the CLI reports, with the repository's `.github/paperlint.yml`, and
 * each fix as one edit (`fixInfo`), so two fixes on one line both apply.
 */
/**
 * markdownlint calls every rule with the same frozen `lines` of a file, so the file is linted once
 * and the rules share the result. (paperlint's lint is asynchronous: it loads its exact CommonMark
 * reader only when a list needs it, hence asynchronous rules.)
 */
const linted = new WeakMap();
function lintOnce(params) {
    let result = linted.get(params.lines);
    if (!result) {
        result = lint({ path: params.name, text: params.lines.join('\n'), settings: settingsFor(params.name) });
        linted.set(params.lines, result);
    }
    return result;
}
function settingsFor(path) {
    const config = repositoryConfigOf(path);
    return config ? parseConfig(readFileSync(config, 'utf8'), config) : {};
}
/** A fix as markdownlint's one-line edit; a fix that spans lines otherwise is left to the CLI. */
function fixInfoOf(source, finding) {
    if (!finding.fix)
        return undefined;
    const edit = fixEdit(source, finding.fix);
    if (edit.startLine === edit.endLine) {
        return {
            lineNumber: edit.startLine,
            editColumn: edit.startColumn,
            deleteCount: edit.endColumn - edit.startColumn,
            insertText: edit.text,
        };
    }
    const wholeLine = edit.endLine === edit.startLine + 1 && edit.startColumn === 1 && edit.endColumn === 1;
    return wholeLine && edit.text === '' ? { lineNumber: edit.startLine, deleteCount: -1 } : undefined;
}
// arxiv-metadata asks arXiv over the network: not from an editor linting as one types (the CLI's
// --arxiv and the Action run it).
const rules = RULES.filter((rule) => rule.id !== 'arxiv-metadata').map((rule) => ({
    names: [`paperlint-${rule.id}`],
    description: rule.description,
    information: new URL(ruleDocUrl(rule.id)),
    tags: ['paperlint'],
    parser: 'none',
    asynchronous: true,
    async function(params, onError) {
        const result = await lintOnce(params);
        for (const finding of result.findings) {
            if (finding.rule !== rule.id)
                continue;
            const line = params.lines[finding.line - 1] ?? '';
            const fixInfo = fixInfoOf(result.source, finding);
            onError({
                lineNumber: finding.line,
                // markdownlint-cli2 prints the detail to the terminal as it is.
                detail: terminalSafe(finding.message),
                ...(finding.column <= line.length
                    ? { range: [finding.column, line.length - finding.column + 1] }
                    : {}),
                ...(fixInfo ? { fixInfo } : {}),
            });
        }
    },
}));

export { rules as default };

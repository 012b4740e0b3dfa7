import * as os from 'os';
import os__default, { EOL } from 'os';
import { createRequire } from 'node:module';
import * as fs from 'fs';
import { promises, constants } from 'fs';
import { C as ConfigError, G as GitHubError } from './chunks/errors.js';
import { readFileSync } from 'node:fs';
import { octokitPlugins, GitHub, octokitOptions } from './chunks/api.js';
import { O as Octokit, p as paginateRest } from './chunks/index.js';
import { parseGlobs } from './chunks/patterns.js';
import { R as REVIEW_MARKER } from './chunks/marker.js';
import { s as startReads } from './chunks/reads.js';
import './chunks/_commonjsHelpers.js';
import './chunks/index2.js';

function _mergeNamespaces(n, m) {
    m.forEach(function (e) {
        e && typeof e !== 'string' && !Array.isArray(e) && Object.keys(e).forEach(function (k) {
            if (k !== 'default' && !(k in n)) {
                var d = Object.getOwnPropertyDescriptor(e, k);
                Object.defineProperty(n, k, d.get ? d : {
                    enumerable: true,
                    get: function () { return e[k]; }
                });
            }
        });
    });
    return Object.freeze(n);
}

// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}

/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + os.EOL);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}

let loaded;
const load = () => (loaded ??= createRequire(import.meta.url)('node:crypto'));
const lazy = {};
for (const name of ["checkPrime","checkPrimeSync","createCipheriv","createDecipheriv","createDiffieHellman","createDiffieHellmanGroup","createECDH","createHash","createHmac","createPrivateKey","createPublicKey","createSecretKey","createSign","createVerify","diffieHellman","generatePrime","generatePrimeSync","getCiphers","getCipherInfo","getCurves","getDiffieHellman","getHashes","hkdf","hkdfSync","pbkdf2","pbkdf2Sync","generateKeyPair","generateKeyPairSync","generateKey","generateKeySync","privateDecrypt","privateEncrypt","publicDecrypt","publicEncrypt","randomBytes","randomFill","randomFillSync","randomInt","randomUUID","scrypt","scryptSync","sign","setEngine","timingSafeEqual","getFips","setFips","verify","hash","Certificate","Cipher","Cipheriv","Decipher","Decipheriv","DiffieHellman","DiffieHellmanGroup","ECDH","Hash","Hmac","KeyObject","Sign","Verify","X509Certificate","secureHeapUsed","constants","webcrypto","subtle","getRandomValues"]) {
  Object.defineProperty(lazy, name, { enumerable: true, get: () => load()[name] });
}

var _builtin_crypto = /*#__PURE__*/_mergeNamespaces({
    __proto__: null,
    default: lazy
}, [lazy]);

// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!fs.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    fs.appendFileSync(filePath, `${toCommandValue(message)}${os.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${lazy.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${os.EOL}${convertedValue}${os.EOL}${delimiter}`;
}

function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}

var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
const { access, appendFile, writeFile } = promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, constants.R_OK | constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
const summary = _summary;

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
const { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs.promises;
// export const {open} = 'fs'
process.platform === 'win32';
fs.constants.O_RDONLY;

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/* eslint-disable @typescript-eslint/unbound-method */
process.platform === 'win32';

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
os__default.platform();
os__default.arch();

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(os.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + os.EOL);
}

/** An answer's headers, names in lower case, as fetch's Headers reads them. */
class AnswerHeaders {
    values = new Map();
    constructor(headers) {
        for (const [name, value] of Object.entries(headers)) {
            if (value !== undefined)
                this.values.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
    }
    get(name) {
        return this.values.get(name.toLowerCase()) ?? null;
    }
    has(name) {
        return this.values.has(name.toLowerCase());
    }
    [Symbol.iterator]() {
        return this.values.entries();
    }
}
const MAX_REDIRECTS = 20;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Headers a redirect to another origin does not carry on (fetch's list). */
const CREDENTIALS = ['authorization', 'cookie', 'proxy-authorization'];
/** Headers that describe a body: dropped when a redirect turns the request into a GET. */
const BODY_HEADERS = [
    'content-type',
    'content-length',
    'content-encoding',
    'content-language',
    'content-location',
];
const ACCEPTED_ENCODINGS = 'gzip, deflate, br';
async function nodeFetch(url, init = {}) {
    let method = (init.method ?? 'GET').toUpperCase();
    let body = init.body ?? undefined;
    const headers = {};
    for (const [name, value] of Object.entries(init.headers ?? {}))
        headers[name.toLowerCase()] = value;
    headers['accept-encoding'] ??= ACCEPTED_ENCODINGS;
    let at = new URL(url);
    for (let redirects = 0;; redirects++) {
        const answer = await send(at, method, headers, body, init.signal ?? undefined);
        const location = answer.headers.location;
        if (!REDIRECTS.has(answer.statusCode ?? 0) || location === undefined || init.redirect === 'manual') {
            return readAnswer(answer, at, redirects > 0, init.signal ?? undefined);
        }
        answer.resume(); // the redirect's own body is not read
        if (init.redirect === 'error')
            throw new TypeError('fetch failed', { cause: new Error('unexpected redirect') });
        if (redirects === MAX_REDIRECTS)
            throw new TypeError('fetch failed', { cause: new Error('redirect count exceeded') });
        const next = new URL(location, at);
        if (next.origin !== at.origin)
            for (const name of CREDENTIALS)
                delete headers[name];
        const status = answer.statusCode;
        if (status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST') {
            method = 'GET';
            body = undefined;
            for (const name of BODY_HEADERS)
                delete headers[name];
        }
        at = next;
    }
}
/**
 * node:https or node:http, loaded by the first request that asks for it (TLS, most of the loading,
 * is not loaded before a request to an https URL).
 */
async function transport(url) {
    if (url.protocol === 'https:')
        return (await import('./chunks/_builtin_https.js').then(function (n) { return n.h; })).default;
    if (url.protocol === 'http:')
        return (await import('./chunks/_builtin_http.js').then(function (n) { return n.h; })).default;
    throw new TypeError('fetch failed', { cause: new Error(`cannot fetch ${url.protocol} URLs`) });
}
/** Sends one request; resolves with the answer as soon as its head has come. */
async function send(url, method, headers, body, signal) {
    const { request: requestOf } = await transport(url);
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(aborted(signal));
            return;
        }
        const sent = body === undefined ? undefined : typeof body === 'string' ? Buffer.from(body) : body;
        const request = requestOf(url, {
            method,
            headers: sent === undefined ? headers : { ...headers, 'content-length': String(sent.byteLength) },
        });
        const onAbort = () => request.destroy(aborted(signal));
        signal?.addEventListener('abort', onAbort, { once: true });
        request.on('response', (answer) => {
            signal?.removeEventListener('abort', onAbort);
            resolve(answer);
        });
        request.on('error', (error) => {
            signal?.removeEventListener('abort', onAbort);
            reject(error.name === 'AbortError' ? error : new TypeError('fetch failed', { cause: error }));
        });
        request.end(sent);
    });
}
function aborted(signal) {
    const reason = signal.reason;
    return reason instanceof Error && reason.name === 'AbortError'
        ? reason
        : new DOMException('This operation was aborted', 'AbortError');
}
/** The answer with its body read whole (decoded when it came compressed), before it is handed on. */
async function readAnswer(answer, url, redirected, signal) {
    const bytes = await readBody(answer, signal);
    const status = answer.statusCode ?? 0;
    const text = () => new TextDecoder('utf-8').decode(bytes);
    return {
        status,
        statusText: answer.statusMessage ?? '',
        ok: status >= 200 && status < 300,
        url: url.href,
        redirected,
        headers: new AnswerHeaders(answer.headers),
        text: async () => text(),
        json: async () => JSON.parse(text()),
        arrayBuffer: async () => new Uint8Array(bytes).buffer,
    };
}
function readBody(answer, signal) {
    return new Promise((resolve, reject) => {
        const onAbort = () => answer.destroy(aborted(signal));
        signal?.addEventListener('abort', onAbort, { once: true });
        // Aborted between the answer's head and this reading of its body.
        if (signal?.aborted)
            onAbort();
        const done = () => signal?.removeEventListener('abort', onAbort);
        const chunks = [];
        let ended = false;
        answer.on('data', (chunk) => chunks.push(chunk));
        answer.on('error', (error) => {
            done();
            reject(error.name === 'AbortError' ? error : new TypeError('fetch failed', { cause: error }));
        });
        // Closed without its end: a connection cut mid-answer.
        answer.on('close', () => {
            done();
            if (!ended)
                reject(new TypeError('fetch failed', { cause: new Error('the answer was cut short') }));
        });
        answer.on('end', () => {
            ended = true;
            done();
            decoded(Buffer.concat(chunks), answer.headers['content-encoding']).then(resolve, reject);
        });
    });
}
/** The body as sent, undone of the encodings it names (last applied first). zlib loads only for one. */
async function decoded(bytes, encoding) {
    const codings = (encoding ?? '')
        .split(',')
        .map((coding) => coding.trim().toLowerCase())
        .filter((coding) => coding !== '' && coding !== 'identity');
    if (codings.length === 0)
        return bytes;
    const zlib = await import('node:zlib');
    for (const coding of codings.reverse()) {
        if (coding === 'gzip' || coding === 'x-gzip')
            bytes = zlib.gunzipSync(bytes);
        // `deflate` is meant to be zlib's format; some servers send the raw stream, which fetch reads too.
        else if (coding === 'deflate')
            bytes = (bytes[0] & 0x0f) === 8 ? zlib.inflateSync(bytes) : zlib.inflateRawSync(bytes);
        else if (coding === 'br')
            bytes = zlib.brotliDecompressSync(bytes);
        else
            throw new TypeError('fetch failed', { cause: new Error(`unknown content encoding ${coding}`) });
    }
    return bytes;
}

/**
 * The Action's Octokit: the one @actions/github's `getOctokit` makes (the runner's API URL, the
 * token, paginate) with paperlint's plugins, on node:http(s) (fetch.ts).
 *
 * `getOctokit` fetches through a copy of undici bundled with it, for the one thing Node's fetch does
 * not do: go through the proxy the runner names (HTTPS_PROXY, bypassed per NO_PROXY). Loading that
 * copy was the largest part of the Action's cold start, so it is loaded only for a run behind a
 * proxy, where `getOctokit` is used as it is. Node's own fetch is undici too, loaded by its first
 * request: elsewhere the requests go out on node:http(s), which the run has loaded anyway.
 */
/**
 * The runner's orchestration id in the user agent, as `getOctokit` writes it (its
 * getUserAgentWithOrchestrationId): GitHub ties the run's requests together by it.
 */
function orchestrationUserAgent() {
    const id = process.env.ACTIONS_ORCHESTRATION_ID?.trim();
    return id ? `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : undefined;
}
/**
 * `onFetch` is told as each request goes out, after Octokit's plugins let it (not behind a proxy,
 * where @actions/github sends it).
 */
async function actionOctokit(token, options, onFetch = () => undefined) {
    const baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
    if (getProxyUrl(new URL(baseUrl)) !== undefined) {
        const { getOctokit } = await import('./chunks/github.js');
        return getOctokit(token, options, ...octokitPlugins);
    }
    const ActionOctokit = Octokit.plugin(paginateRest, ...octokitPlugins);
    const userAgent = orchestrationUserAgent();
    return new ActionOctokit({
        ...options,
        baseUrl,
        auth: token,
        ...(userAgent ? { userAgent } : {}),
        request: {
            fetch: (url, init) => {
                onFetch();
                return nodeFetch(url, init);
            },
        },
    });
}

/**
 * The GitHub Action (dist/index.js): inputs and event in, one review out, outputs and exit status
 * by `fail-on`. Everything between is the shared review runner.
 */
const EVENTS = ['pull_request', 'pull_request_target'];
const noop = () => undefined;
const DEFAULT_CONFIG = '.github/paperlint.yml';
/**
 * The event that started the run, read here rather than by @actions/github (which throws a bare
 * stack trace on a malformed file and carries on without a missing one).
 */
function readEvent() {
    const path = process.env.GITHUB_EVENT_PATH;
    const name = process.env.GITHUB_EVENT_NAME ?? '';
    if (!path)
        throw new InputError('GITHUB_EVENT_PATH is not set: paperlint runs as a step of a workflow.');
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (error) {
        throw new InputError(`The event file GITHUB_EVENT_PATH names cannot be read (${error.code ?? 'error'}): ${path}`);
    }
    let event;
    try {
        event = JSON.parse(text);
    }
    catch {
        throw new InputError(`The event file is not valid JSON: ${path}`);
    }
    if (typeof event !== 'object' || event === null)
        throw new InputError(`The event file holds no event: ${path}`);
    const { action, pull_request: pullRequest } = event;
    return { name, action, pullRequest };
}
function isPullRequest(value) {
    const pr = value;
    return (typeof pr === 'object' &&
        pr !== null &&
        Number.isInteger(pr.number) &&
        typeof pr.base?.sha === 'string' &&
        typeof pr.head?.sha === 'string');
}
function choice(name, allowed) {
    const value = getInput(name).trim();
    if (!allowed.includes(value)) {
        throw new InputError(`Input \`${name}\` is "${value}"; allowed: ${allowed.join(', ')}.`);
    }
    return value;
}
class InputError extends Error {
}
/**
 * The arXiv client, loaded (its HTTP agents, its XML parser) at the first lookup: a review's first
 * request to GitHub does not wait for it, and a review with no arXiv id to ask about never loads it.
 */
function arxivOnDemand(options) {
    let client;
    let loaded;
    return {
        lookup: async (ids) => {
            client ??= import('./chunks/client.js').then(({ arxivClient }) => (loaded = arxivClient(options)));
            return (await client).lookup(ids);
        },
        requests: () => loaded?.requests() ?? 0,
    };
}
/** Whether this run has set its outputs: one that ends before it does sets them to NO_OUTCOME. */
let outputsSet = false;
const NO_OUTCOME = { findings: 0, errors: 0, warnings: 0, checked: 0, url: '' };
function setOutputs(values) {
    outputsSet = true;
    setOutput('findings', values.findings);
    setOutput('errors', values.errors);
    setOutput('warnings', values.warnings);
    setOutput('entries-checked', values.checked);
    setOutput('review-url', values.url);
}
async function run() {
    const token = getInput('github-token', { required: true });
    setSecret(token);
    if (choice('mode', ['review', 'audit']) === 'audit') {
        // The audit sets the outputs it has over these.
        setOutputs(NO_OUTCOME);
        // Loaded only for an audit: a review's cold start does not pay for it.
        const { runAuditMode } = await import('./chunks/action.js');
        return runAuditMode(await actionOctokit(token, octokitOptions((message) => info(message))));
    }
    const failOn = choice('fail-on', ['error', 'warning', 'never']);
    const reviewEvent = choice('review-event', ['COMMENT', 'REQUEST_CHANGES']);
    const maxComments = Number(getInput('max-comments') || '30');
    if (!Number.isInteger(maxComments) || maxComments < 0) {
        throw new InputError(`Input \`max-comments\` is "${getInput('max-comments')}"; use a whole number, 0 or more.`);
    }
    const suggestions = getBooleanInput('suggestions');
    const arxiv = getBooleanInput('arxiv')
        ? arxivOnDemand({ notice: (message) => notice(message), info: (message) => info(message) })
        : undefined;
    const event = readEvent();
    if (!EVENTS.includes(event.name) || !event.pullRequest) {
        notice(`paperlint reviews pull requests; this run was triggered by "${event.name}". ` +
            'Run it on `pull_request_target` (or `pull_request`). Nothing to do.');
        return;
    }
    const payload = event.pullRequest;
    if (!isPullRequest(payload)) {
        throw new InputError('The event file’s pull_request has no number, base.sha or head.sha: it is malformed.');
    }
    if (event.action === 'closed' || payload.state === 'closed') {
        notice('paperlint does not review closed pull requests. Nothing to do.');
        return;
    }
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        throw new InputError('GITHUB_REPOSITORY is not set to OWNER/NAME.');
    const configInput = getInput('config') || DEFAULT_CONFIG;
    const pr = {
        owner,
        repo,
        number: payload.number,
        baseSha: payload.base.sha,
        headSha: payload.head.sha,
        author: payload.user?.login ?? '',
    };
    // Requests handed to fetch so far, and how many the check waits for (known once the reads start).
    let fetched = 0;
    let checkRequests = Infinity;
    let allSent = () => { };
    const sending = new Promise((resolve) => (allSent = resolve));
    const github = new GitHub(await actionOctokit(token, octokitOptions((message) => info(message)), () => {
        if (++fetched >= checkRequests)
            allSent();
    }), REVIEW_MARKER);
    const options = {
        files: parseGlobs(getInput('files') || 'README.md'),
        configPath: configInput,
        configRequired: configInput !== DEFAULT_CONFIG,
        reviewEvent,
        failOn,
        suggestions,
        maxComments,
        serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com',
        papers: arxiv?.lookup,
    };
    // The review's runner and the engine load once every read the check waits for is on its way,
    // while GitHub answers them: loading sooner would hold back the requests still to go (each
    // passes the retry and rate-limit queues over several turns of the event loop, which a module
    // being compiled keeps waiting); the earlier posts, needed only after the check, may wait.
    // Behind a proxy, whose fetch says nothing, once the reads are answered.
    const reads = startReads(github, pr, options);
    checkRequests = reads.checkRequests;
    if (fetched >= checkRequests)
        allSent();
    await Promise.race([sending, reads.opening.then(noop, noop)]);
    const { failingCount, reviewPullRequest } = await import('./chunks/run.js');
    const outcome = await reviewPullRequest(github, pr, options, {
        info: (message) => info(message),
        notice: (message) => notice(message),
        command: (line) => process.stdout.write(`${line}\n`),
        summary: async (markdown) => {
            if (process.env.GITHUB_STEP_SUMMARY)
                await summary.addRaw(markdown, true).write();
        },
    }, reads);
    if (arxiv)
        info(`Asked arXiv in ${arxiv.requests()} request(s).`);
    setOutputs({
        findings: outcome.findings.length + outcome.carried.length,
        errors: outcome.errors,
        warnings: outcome.warnings,
        checked: outcome.entriesChecked,
        url: outcome.reviewUrl,
    });
    if (outcome.failure !== undefined || outcome.incomplete !== undefined) {
        setFailed(outcome.incomplete ?? explain(outcome.failure));
        return;
    }
    if (failingCount(failOn, outcome) > 0) {
        setFailed(`paperlint found ${outcome.errors} errors and ${outcome.warnings} warnings (fail-on: ${failOn}).`);
    }
}
function explain(error) {
    const status = error.status;
    if (error instanceof ConfigError || error instanceof InputError || error instanceof GitHubError)
        return error.message;
    if (status === 401)
        return 'GitHub rejected the token (401 Bad credentials): check the `github-token` input.';
    if (status === 403)
        return 'GitHub refused a read (403): the token needs `contents: read` and `pull-requests: read`.';
    if (status === 404)
        return 'GitHub could not find the pull request or repository (404): check the token has access.';
    const message = error instanceof Error ? error.message : String(error);
    return `paperlint failed: ${status ? `GitHub answered ${status}: ` : ''}${message.split('\n')[0]}`;
}
run()
    // Every run has its outputs, one that ends early or fails too. Set at its end, not at its start:
    // @actions/core writes each with a random delimiter, and node:crypto, loaded for it, held back the
    // first request (a fifth of the CPU before it on Node 24).
    .then(() => (outputsSet ? undefined : setOutputs(NO_OUTCOME)))
    .catch((error) => {
    setFailed(explain(error));
    if (!outputsSet)
        setOutputs(NO_OUTCOME);
})
    // A connection abandoned after a timeout may still be open; the run is over, so is the process.
    .finally(() => process.stdout.write('', () => process.exit()));

export { _builtin_crypto as _, getBooleanInput as a, setOutput as b, getInput as g, info as i, lazy as l, notice as n, summary as s };

import { createRequire } from 'node:module';

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

var https = createRequire(import.meta.url)('node:https');

var https$1 = /*#__PURE__*/_mergeNamespaces({
	__proto__: null,
	default: https
}, [https]);

export { https as a, https$1 as h };

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

var _builtin_tls = createRequire(import.meta.url)('node:tls');

var _builtin_tls$1 = /*#__PURE__*/_mergeNamespaces({
	__proto__: null,
	default: _builtin_tls
}, [_builtin_tls]);

export { _builtin_tls$1 as _, _builtin_tls as a };

export const id = 714;
export const ids = [714];
export const modules = {

/***/ 76714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attestImage: () => (/* binding */ attestImage)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4266);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10565);



const STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
async function attestImage(a) {
    const { buildSLSAProvenancePredicate } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(878), __webpack_require__.e(403), __webpack_require__.e(413), __webpack_require__.e(171)]).then(__webpack_require__.bind(__webpack_require__, 96171));
    const predicate = await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withTimeout */ .w)(buildSLSAProvenancePredicate(a.signing.issuer), a.timeoutMs, `no OIDC claims after ${a.timeoutMs / 1000} s (timeout)`).catch((e) => {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__.ActionError(`Attestation: ${e.message}`, "attest: true needs `permissions: id-token: write`, and oidc-issuer must be the issuer of the job's tokens.", {
            cause: e
        });
    });
    const statement = {
        _type: STATEMENT_V1,
        subject: [{ name: a.subjectName, digest: { sha256: a.digest.replace(/^sha256:/, '') } }],
        predicateType: predicate.type,
        predicate: predicate.params
    };
    const bundle = await sign(Buffer.from(JSON.stringify(statement)), a);
    const id = await a.store(bundle);
    const referrer = a.pushTo ? await pushReferrer(bundle, predicate.type, a) : undefined;
    return { id, predicateType: predicate.type, referrer };
}
async function sign(payload, a) {
    const [{ bundleBuilderFromSigningConfig, CIContextProvider }, { bundleToJSON }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(403), __webpack_require__.e(310), __webpack_require__.e(50), __webpack_require__.e(179)]).then(__webpack_require__.bind(__webpack_require__, 15179)), __webpack_require__.e(/* import() */ 40).then(__webpack_require__.bind(__webpack_require__, 61040))]);
    const builder = bundleBuilderFromSigningConfig({
        signingConfig: a.signing.config,
        identityProvider: new CIContextProvider('sigstore'),
        bundleType: 'dsseEnvelope',
        fetchOptions: { timeout: 30_000, retry: { retries: 2 } }
    });
    try {
        return bundleToJSON(await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withTimeout */ .w)(builder.create({ data: payload, type: _policy_js__WEBPACK_IMPORTED_MODULE_1__/* .IN_TOTO_PAYLOAD */ .GH }), a.timeoutMs, `no signature after ${a.timeoutMs / 1000} s (timeout)`));
    }
    catch (e) {
        const where = a.signing.config.caUrls[0]?.url;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__.ActionError(`Attestation: signing with the ${a.signing.instance} Sigstore instance (${where}) failed: ${e.message}`, 'attest: true needs `permissions: id-token: write`; the runner must reach the instance (signing-config names a custom one).', { cause: e });
    }
}
async function pushReferrer(bundle, predicateType, a) {
    const { attachArtifactToImage } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(403), __webpack_require__.e(310), __webpack_require__.e(57)]).then(__webpack_require__.bind(__webpack_require__, 81057));
    try {
        const d = await attachArtifactToImage({
            imageName: a.subjectName,
            imageDigest: a.digest,
            artifact: Buffer.from(JSON.stringify(bundle)),
            mediaType: BUNDLE_V03,
            annotations: { 'dev.sigstore.bundle.content': 'dsse-envelope', 'dev.sigstore.bundle.predicateType': predicateType },
            credentials: { username: a.pushTo.username, password: a.pushTo.password },
            // The runner's proxy settings, as @actions/http-client honours them.
            fetchOpts: {
                timeout: 30_000,
                retry: { retries: 2 },
                proxy: process.env.HTTPS_PROXY ?? process.env.https_proxy,
                noProxy: process.env.NO_PROXY ?? process.env.no_proxy
            }
        });
        return d.digest;
    }
    catch (e) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__.ActionError(`Attestation: pushing it to the registry next to ${a.subjectName}@${a.digest} failed: ${e.message}`, 'The registry credential needs push rights on the repository; the attestation itself is stored on GitHub.', { cause: e });
    }
}


/***/ })

};

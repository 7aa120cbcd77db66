export const id = 866;
export const ids = [866];
export const modules = {

/***/ 34866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   INSTANCE_EVIDENCE: () => (/* binding */ INSTANCE_EVIDENCE),
/* harmony export */   customEvidence: () => (/* binding */ customEvidence),
/* harmony export */   verifyBundles: () => (/* binding */ verifyBundles)
/* harmony export */ });
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_verify__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54187);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10565);
/**
 * Verifies the attestations of a digest: each bundle's signature, certificate chain to the trust
 * root, signed timestamp or transparency-log evidence (@sigstore/verify); the certificate's
 * identity against the trusted signer; the statement's subject against the digest deployed.
 * The first attestation that passes everything is the evidence; when none does, every reason is kept.
 */



/**
 * The evidence each instance gives, as `gh attestation verify` requires it: GitHub's instance a
 * signed timestamp; public-good a transparency-log entry, an SCT and a time.
 */
const INSTANCE_EVIDENCE = {
    github: { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 },
    'public-good': { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 }
};
/** A custom trust root (trusted-root): a time always, a transparency-log entry when the root names a log (as gh's custom verifier). */
function customEvidence(root) {
    return { tlogThreshold: root.tlogs.length ? 1 : 0, ctlogThreshold: 0, timestampThreshold: 1 };
}
async function verifyBundles(v) {
    const reasons = [];
    for (const [k, json] of v.bundles.entries()) {
        const why = await verifyOne(json, v);
        if ('provenance' in why)
            return { ok: true, provenance: why.provenance, checked: k + 1 };
        reasons.push(`attestation ${k + 1}: ${why.reasons.join('; ')}`);
    }
    return { ok: false, reasons, checked: v.bundles.length };
}
async function verifyOne(json, v) {
    let bundle;
    try {
        bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_0__.bundleFromJSON)(json);
    }
    catch (e) {
        return { reasons: [`not a Sigstore bundle (${e.message})`] };
    }
    if (bundle.content.$case !== 'dsseEnvelope')
        return { reasons: ['not a DSSE attestation (a bare message signature)'] };
    const instance = bundle.verificationMaterial.tlogEntries.length ? 'public-good' : 'github';
    const { root, evidence } = await v.trust(instance);
    try {
        new _sigstore_verify__WEBPACK_IMPORTED_MODULE_1__/* .Verifier */ .BL((0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_1__/* .toTrustMaterial */ .jO)(root), evidence).verify((0,_sigstore_verify__WEBPACK_IMPORTED_MODULE_1__/* .toSignedEntity */ .DC)(bundle), { extensions: { issuer: v.policy.issuer } });
    }
    catch (e) {
        const code = e.code;
        return { reasons: [`signature not verified${code ? ` (${code})` : ''}: ${e.message}`] };
    }
    const envelope = bundle.content.dsseEnvelope;
    const provenance = (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .provenanceOf */ .Jj)(leafCertificate(bundle));
    const reasons = [...(0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .statementMismatches */ .Ic)(envelope.payloadType, envelope.payload, v.digest), ...(0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .identityMismatches */ .Nn)(provenance, v.policy)];
    return reasons.length ? { reasons } : { provenance };
}
function leafCertificate(bundle) {
    const m = bundle.verificationMaterial.content;
    if (m.$case === 'certificate')
        return m.certificate.rawBytes;
    if (m.$case === 'x509CertificateChain')
        return m.x509CertificateChain.certificates[0].rawBytes;
    throw new Error('the bundle has no certificate');
}


/***/ })

};

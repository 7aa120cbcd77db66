export const id = 936;
export const ids = [936];
export const modules = {

/***/ 72936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listAttestations: () => (/* binding */ listAttestations),
/* harmony export */   storeAttestation: () => (/* binding */ storeAttestation)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/**
 * GitHub's artifact attestations API: store a Sigstore bundle with the repository (what
 * actions/attest does), and list the attestations of a subject digest (what
 * `gh attestation verify` reads). Both fail the run when refused: the user asked for them.
 */

function refused(r, permission) {
    if (r.ok)
        return r.value;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__.ActionError(`GitHub API: the token may not ${r.what} (${r.status} ${r.message}).`, `Add \`${permission}\` to the job's \`permissions:\` (or pass a github-token that has it).`);
}
/** POST /repos/{owner}/{repo}/attestations; returns the attestation's id. */
async function storeAttestation(client, repository, bundle) {
    const [owner, repo] = repository.split('/');
    const r = await client.call(`store the attestation in ${repository}`, 'attestations: write', async (o) => {
        const res = await o.request('POST /repos/{owner}/{repo}/attestations', { owner, repo, bundle: bundle });
        return res.data.id;
    });
    const id = refused(r, 'attestations: write');
    if (id === undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__.ActionError(`GitHub API: storing the attestation in ${repository} returned no id.`);
    return String(id);
}
/** GET /repos/{owner}/{repo}/attestations/{digest} (up to 100, newest first); none → []. */
async function listAttestations(client, repository, digest) {
    const [owner, repo] = repository.split('/');
    const r = await client.call(`read the attestations of ${digest} in ${repository}`, 'attestations: read', async (o) => {
        try {
            const res = await o.request('GET /repos/{owner}/{repo}/attestations/{subject_digest}', { owner, repo, subject_digest: digest, per_page: 100 });
            return (res.data.attestations ?? []);
        }
        catch (e) {
            // GitHub answers 404 when the digest has no attestation in the repository.
            if (e.status === 404 && !/not accessible/i.test(e.message))
                return [];
            throw e;
        }
    });
    // The API carries each bundle inline (bundle_url serves the same one compressed); one without a bundle fails to verify, with its reason.
    return refused(r, 'attestations: read').map((a) => a.bundle ?? null);
}


/***/ })

};

export const id = 661;
export const ids = [661];
export const modules = {

/***/ 86661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2462);
/** The post step: remove the temp dirs holding credentials (the docker config of the registry login, a kubeconfig). */



async function post() {
    // rmSync removes symlinks, never what they point to: the docker config links the user's ~/.docker plugins and builders.
    for (const dir of _state_js__WEBPACK_IMPORTED_MODULE_2__/* .state */ .w.cleanup()) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Removed ${dir} and the credentials in it.`);
        }
        catch (e) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`Could not remove ${dir}: ${e.message}`);
        }
    }
}


/***/ })

};

export const id = 870;
export const ids = [870];
export const modules = {

/***/ 22870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  amlnetSarifOptions: () => (/* binding */ amlnetSarifOptions)
});

// EXTERNAL MODULE: ./src/rules/live/index.ts + 8 modules
var live = __webpack_require__(32190);
// EXTERNAL MODULE: ./src/rules/index.ts + 12 modules
var rules = __webpack_require__(27339);
;// CONCATENATED MODULE: ./src/version.ts
// amlnet's version, as written into machine-readable reports (SARIF). A test keeps it equal to package.json's.
const AMLNET_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/render/sarif-catalogue.ts
// The SARIF options of amlnet's own rules: every offline and live rule, and this version of amlnet.



function amlnetSarifOptions(specPath) {
    return { specPath, version: AMLNET_VERSION, rules: (0,rules/* ruleCatalogue */.EP)([...rules/* offlineRules */.JN, ...live/* liveRules */.q]) };
}


/***/ })

};

export const id = 739;
export const ids = [739];
export const modules = {

/***/ 739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
// Placeholder until the command lands; replaced by its issue's work.
async function run(_argv) {
    process.stderr.write('amlnet emulator: not implemented yet\n');
    return 2;
}


/***/ })

};

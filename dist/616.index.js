export const id = 616;
export const ids = [616];
export const modules = {

/***/ 16616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatAzureError: () => (/* binding */ formatAzureError),
/* harmony export */   toAzureError: () => (/* binding */ toAzureError)
/* harmony export */ });
/* unused harmony export isNotFound */
/* harmony import */ var _util_records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79378);
// Azure REST errors as plain data: what failed, and the ids Azure support asks for.
// Pure (no SDK import): RestError is recognised by shape so this loads on the validate path too.

function header(response, name) {
    if (!(0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(response))
        return undefined;
    const headers = response.headers;
    if ((0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(headers) && typeof headers.get === 'function') {
        return headers.get(name) ?? undefined;
    }
    return undefined;
}
/** Reads {code, message} out of an ARM error body `{error:{code,message}}` when the SDK left it unparsed. */
function bodyError(response) {
    if (!(0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(response))
        return {};
    const text = response.bodyAsText;
    if (typeof text !== 'string' || text === '')
        return {};
    try {
        const body = JSON.parse(text);
        if ((0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(body) && (0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(body.error)) {
            const { code, message } = body.error;
            return {
                code: typeof code === 'string' ? code : undefined,
                message: typeof message === 'string' ? message : undefined,
            };
        }
    }
    catch {
        // not JSON: the SDK's message stands
    }
    return {};
}
function toAzureError(err) {
    if (!(0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(err))
        return { code: 'Unknown', message: String(err) };
    const response = err.response;
    const fromBody = bodyError(response);
    const status = typeof err.statusCode === 'number'
        ? err.statusCode
        : (0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(response) && typeof response.status === 'number'
            ? response.status
            : undefined;
    const code = typeof err.code === 'string' && err.code !== '' ? err.code : (fromBody.code ?? 'Unknown');
    const message = fromBody.message ?? (typeof err.message === 'string' ? err.message : String(err));
    const info = { code, message, status };
    const requestId = header(response, 'x-ms-request-id');
    const correlationId = header(response, 'x-ms-correlation-request-id');
    if (requestId !== undefined)
        info.requestId = requestId;
    if (correlationId !== undefined)
        info.correlationId = correlationId;
    return info;
}
function isNotFound(err) {
    const info = toAzureError(err);
    return info.status === 404 || info.code === 'ResourceNotFound' || info.code === 'NotFound';
}
/** One line for people: code, message, status and the ids to quote to Azure support. */
function formatAzureError(info) {
    const ids = [
        info.status !== undefined ? `status ${info.status}` : undefined,
        info.correlationId !== undefined ? `correlation id ${info.correlationId}` : undefined,
        info.requestId !== undefined ? `request id ${info.requestId}` : undefined,
    ].filter((s) => s !== undefined);
    return `${info.code}: ${info.message}${ids.length > 0 ? ` (${ids.join(', ')})` : ''}`;
}


/***/ })

};

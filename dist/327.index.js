export const id = 327;
export const ids = [327];
export const modules = {

/***/ 17327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prerequisitesOf: () => (/* binding */ prerequisitesOf)
/* harmony export */ });
function prerequisitesOf(spec, opts = {}) {
    const sub = spec.subscriptionId;
    const location = spec.network.location ?? spec.location;
    const groups = new Set([
        spec.workspace.resourceGroup,
        spec.network.resourceGroup,
        spec.network.securityGroup?.resourceGroup ?? spec.network.resourceGroup,
    ]);
    const rgId = (rg) => `/subscriptions/${sub}/resourceGroups/${rg}`;
    return [
        ...[...groups].map((rg) => ({
            id: rgId(rg),
            name: rg,
            type: 'Microsoft.Resources/resourceGroups',
            location,
            properties: { provisioningState: 'Succeeded' },
        })),
        {
            id: `${rgId(spec.network.resourceGroup)}/providers/Microsoft.Network/virtualNetworks/${spec.network.name}`,
            name: spec.network.name,
            type: 'Microsoft.Network/virtualNetworks',
            location: opts.vnetLocation ?? location,
            properties: {
                provisioningState: 'Succeeded',
                addressSpace: { addressPrefixes: spec.network.addressSpace ?? ['10.0.0.0/8'] },
                subnets: opts.subnets ?? [],
            },
        },
        {
            id: `${rgId(spec.workspace.resourceGroup)}/providers/Microsoft.MachineLearningServices/workspaces/${spec.workspace.name}`,
            name: spec.workspace.name,
            type: 'Microsoft.MachineLearningServices/workspaces',
            location: spec.location,
            properties: { provisioningState: 'Succeeded' },
        },
    ];
}


/***/ })

};

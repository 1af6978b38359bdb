// amlnet's version, as written into machine-readable reports (SARIF). A test keeps it equal to package.json's.
export const AMLNET_VERSION = '0.1.0';

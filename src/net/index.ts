// IPv4/CIDR arithmetic used by the rules and the planner.
export * from './cidr.js';
export * from './interval-index.js';
export * from './reserved.js';

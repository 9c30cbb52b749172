// Library API of newsgraph: build(inputs, options) → BuildResult, and the public types.

export { build, buildFromDocuments, STAGES, type BuildResult, type BuildHooks } from './build';
export { NewsgraphError, type ErrorCode } from './errors';
export { DEFAULT_OPTIONS, resolveOptions, validateOptions, type BuildOptions } from './options';
export type * from './types';
export type { KnowledgeGraph, NodeAttributes, EdgeAttributes, GraphAttributes } from './graph';

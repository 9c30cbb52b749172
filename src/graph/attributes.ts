// Typed node, edge and graph attributes of the knowledge graph: CONTRACT.md in TypeScript.
// Every stage after graph/ depends on these types, never on how the graph was built.

import type Graph from 'graphology';

import type { Evidence, Kind, Predicate } from '../types';

export type NodeAttributes = {
  label: string;
  kind: Kind;
  aliases: string[];
  mentions: number;
  docs: string[];
  // set by layout/
  x?: number;
  y?: number;
  size?: number;
  color?: string;
};

export type EdgeAttributes = {
  predicate: Predicate;
  /** Number of evidence sentences. */
  weight: number;
  /** 0..1 */
  confidence: number;
  evidence: Evidence[];
  /** affiliatedWith only: "Prime Minister", "Director". */
  role?: string;
  /** Id of the pattern that produced it. */
  rule?: string;
  // set by layout/
  size?: number;
  color?: string;
};

export type GraphAttributes = { name: string; base: string };

export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

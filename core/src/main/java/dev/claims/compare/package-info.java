/**
 * Stage 5, compare: rules over the resolved corpus that report agreements, contradictions, variants and citation
 * problems as sorted, immutable findings with evidence. Each rule is one small class behind {@link
 * dev.claims.compare.Rule}.
 */
package dev.claims.compare;

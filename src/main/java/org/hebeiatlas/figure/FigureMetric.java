package org.hebeiatlas.figure;

/**
 * What a figure measures.
 */
public enum FigureMetric {

	OUTPUT_VALUE, REVENUE, SALES, EXPORTS, FIRMS, EMPLOYEES, MARKET_SHARE, PRODUCTION, INVESTMENT, PATENTS, TAX, OTHER

}
